-- generated from definitions/kpis/coaching_follow_up_completion_rate.yml; do not edit
-- Coaching Follow-Up Completion Rate: held sessions (status = held) with follow_up_completed = true ÷ held sessions with follow_up_completed recorded (true or false), by follow-up due date (follow_up_due_date); sessions whose follow-up is still open before its due date carry no flag and are excluded; peer learning sessions (coaching_model = peer) are not counted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_follow_up_completed_tru_60399375 as numerator
    from {{ ref('int_sales_coaching_session__follow_up_due_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_follow_up_completed_is_e74b47e7 as denominator
    from {{ ref('int_sales_coaching_session__follow_up_due_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

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
    'COACHING_FOLLOW_UP_COMPLETION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
