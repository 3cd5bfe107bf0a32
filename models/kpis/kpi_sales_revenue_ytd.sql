-- generated from definitions/kpis/sales_revenue_ytd.yml; do not edit
-- Sales Revenue Year to Date: running Σ (amount − refund_amount) of the sales by sold_at from 1 January of the period's year to the period end

with input as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount_coalesce_refund_amount_0 as input
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_CHANNEL', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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

),

accumulated as (

    -- year to date
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
        and {{ period_start('year', 'spine.period_start') }} <= input.period_start
    group by spine.grain, spine.period_start, spine.dimension, spine.dimension_value

)

select
    'SALES_REVENUE_YTD' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(accumulated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from accumulated
