-- generated from definitions/kpis/days_in_negotiation_stage.yml; do not edit
-- Average Days in Negotiation Stage: mean of days_in_from_stage over stage changes with from_stage = negotiation (sales_pipeline, by changed_at, the moment the opportunity left the stage, forward, backward or to closed lost)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_in_from_stage__from_stage_negotiation as measure
    from {{ ref('int_sales_pipeline__changed_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'DAYS_IN_NEGOTIATION_STAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
