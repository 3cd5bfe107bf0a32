-- generated from definitions/kpis/sales_content_assets_published.yml; do not edit
-- Sales Content Assets Published: count of sales content assets by published_at, copies personalized for one deal (variant_type = personalized) excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__published_at_is_not_null_and_coalesce_v_c2552e1c as measure
    from {{ ref('int_sales_content__published_at__measures') }}
    where dimension in ('overall', 'PRODUCT')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from measure

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

with_zeros as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        measure
    from measure

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as measure
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain

),

filled as (

    -- a period without events counts 0
    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum(measure) as measure
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'SALES_CONTENT_ASSETS_PUBLISHED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
