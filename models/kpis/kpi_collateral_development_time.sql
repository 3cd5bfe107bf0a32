-- generated from definitions/kpis/collateral_development_time.yml; do not edit
-- Sales Collateral Development Time: mean of days_between(created_at, published_at) over sales content assets published in the period (by published_at), copies personalized for one deal excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_created_at_published_at__published_2f47dc67 as measure
    from {{ ref('int_sales_content__published_at__measures') }}
    where dimension in ('overall', 'PRODUCT')

)

select
    'COLLATERAL_DEVELOPMENT_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
