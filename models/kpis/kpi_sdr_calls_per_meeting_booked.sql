-- generated from definitions/kpis/sdr_calls_per_meeting_booked.yml; do not edit
-- SDR Calls per Meeting Booked: SDR/BDR sales activities of type call ÷ SDR/BDR sales activities with meeting_booked = true (any channel), by occurred_at (SOMA calls per booked meeting, period-based)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_call_and_rep_role_in_sdr_bdr as numerator
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr as denominator
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
    'SDR_CALLS_PER_MEETING_BOOKED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
