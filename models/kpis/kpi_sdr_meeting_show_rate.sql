-- generated from definitions/kpis/sdr_meeting_show_rate.yml; do not edit
-- SDR Meeting Show Rate: sales appointments booked by SDRs/BDRs with status = held ÷ those with status in (held, no_show, cancelled), by scheduled_at; rescheduled and still-scheduled meetings excluded (held ÷ booked meetings scheduled in the period)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_booked_by_rep_role_in_sdr_bdr as numerator
    from {{ ref('int_sales_appointment__scheduled_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_in_held_no_show_cancelled_and_bo_1b0c1cb8 as denominator
    from {{ ref('int_sales_appointment__scheduled_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'SDR_MEETING_SHOW_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
