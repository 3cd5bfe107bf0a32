-- generated from definitions/kpis/new_business_pipeline_created.yml; do not edit
-- New Business Pipeline Created: Σ amount of opportunities with opportunity_type = new_business, by creation date

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__opportunity_type_new_business as measure
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'NEW_BUSINESS_PIPELINE_CREATED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
