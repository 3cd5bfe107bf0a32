-- generated from definitions/kpis/strategic_review_executive_attendance_rate.yml; do not edit
-- Strategic Review Customer-Executive Attendance Rate: strategic reviews held in the period (status = held, by held_at) with customer_executive_present = true ÷ strategic reviews held in the period

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_customer_executive_present_true as numerator
    from {{ ref('int_strategic_review__held_at__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held as denominator
    from {{ ref('int_strategic_review__held_at__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'STRATEGIC_REVIEW_EXECUTIVE_ATTENDANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
