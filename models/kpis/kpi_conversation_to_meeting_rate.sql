-- generated from definitions/kpis/conversation_to_meeting_rate.yml; do not edit
-- Conversation-to-Meeting Rate: calls with is_prospect_reached = true and meeting_booked = true ÷ calls with is_prospect_reached = true, by dial time (dialed_at); the seed's "successful sales calls ÷ all sales calls" made precise: a call succeeds when it books a meeting, and only calls that reached the prospect can (Belkins conversation-to-meeting rate)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_prospect_reached_true_and_meeting_booked_true as numerator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_prospect_reached_true as denominator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'CONVERSATION_TO_MEETING_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
