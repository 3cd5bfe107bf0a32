-- generated from definitions/kpis/coaching_session_cancellation_rate.yml; do not edit
-- Coaching Session Cancellation Rate: coaching sessions with status in (cancelled, no_show) ÷ sessions scheduled, by scheduled_at; rescheduled ones excluded from the numerator; peer learning sessions (coaching_model = peer) are not counted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_in_cancelled_no_show_and_coachin_4b1f0048 as numerator
    from {{ ref('int_sales_coaching_session__scheduled_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__coaching_model_is_null_or_coaching_model_ne_peer as denominator
    from {{ ref('int_sales_coaching_session__scheduled_at__measures') }}
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
    'COACHING_SESSION_CANCELLATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
