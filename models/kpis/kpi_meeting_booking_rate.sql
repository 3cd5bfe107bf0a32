-- generated from definitions/kpis/meeting_booking_rate.yml; do not edit
-- Meeting Booking Rate: SDR/BDR outbound sales activities with meeting_booked = true ÷ SDR/BDR outbound sales activities (outreach attempts: dials, emails including sequence emails, social touches), by occurred_at

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_meeting_booked_t_139c3ae3 as numerator
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_rep_role_in_sdr_bdr as denominator
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'MEETING_BOOKING_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
