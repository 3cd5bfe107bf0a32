-- generated from definitions/kpis/average_days_in_stage.yml; do not edit
-- Average Days in Stage (all open stages): Σ days_in_from_stage ÷ stage changes out of an open stage (sales_pipeline rows with from_stage in prospecting, qualification, discovery, demo, proposal or negotiation, by changed_at); creation rows (no from_stage) excluded (Oracle Fusion "average days in stage")

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_in_from_stage__from_stage_in_prospecting_q_6c3cfa29 as measure
    from {{ ref('int_sales_pipeline__changed_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_DAYS_IN_STAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
