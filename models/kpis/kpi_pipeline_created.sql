-- generated from definitions/kpis/pipeline_created.yml; do not edit
-- Pipeline Created: Σ amount of opportunities by creation date (created_at), all opportunity types

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as measure
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PIPELINE_CREATED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
