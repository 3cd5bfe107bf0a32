-- generated from definitions/kpis/new_business_bookings_ytd.yml; do not edit
-- New Business Bookings Year to Date: Σ amount of deals with deal_type = new_business booked from the start of the calendar year to the period end

with input as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__deal_type_new_business as input
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'NEW_BUSINESS_BOOKINGS_YTD' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(accumulated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from accumulated
