-- generated from definitions/kpis/sales_content_assets_revised_6m.yml; do not edit
-- Sales Content Assets Revised in the Last 6 Months: running count of published sales content assets (personalized copies excluded) by last_updated_at over the trailing 6 months, this month included; each asset counts once, at its latest revision (earlier revisions are not kept by the content record)

with input as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__published_at_is_not_null_and_coalesce_v_c2552e1c as input
    from {{ ref('int_sales_content__last_updated_at__measures') }}
    where dimension in ('overall', 'PRODUCT')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from input

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

spine as (

    -- every period of the calendar for every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain
    where periods.grain in ('month')

),

accumulated as (

    -- trailing 6 periods
    select
        spine.grain,
        spine.period_start,
        spine.dimension,
        spine.dimension_value,
        coalesce(sum(input.input), 0) as accumulated_value
    from spine
    left join input
        on spine.grain = input.grain
        and spine.dimension = input.dimension
        and spine.dimension_value = input.dimension_value
        and spine.period_start >= input.period_start
        and {{ shift_period('spine.period_start', 'spine.grain', -6) }} < input.period_start
    group by spine.grain, spine.period_start, spine.dimension, spine.dimension_value

)

select
    'SALES_CONTENT_ASSETS_REVISED_6M' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(accumulated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from accumulated
