-- generated from definitions/kpis/sdr_meetings_booked_per_sdr.yml; do not edit
-- SDR Meetings Booked per SDR: SDR/BDR sales activities with meeting_booked = true ÷ active SDRs (distinct SDRs/BDRs with at least one logged sales activity), by occurred_at (SOMA SDR Productivity = booked meetings / active SDRs)

with meetings as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr as meetings
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr as sdrs
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from meetings

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from sdrs

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(meetings.meetings, 0) as meetings,
        coalesce(sdrs.sdrs, 0) as sdrs
    from input_keys
    left join meetings using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)

)

select
    'SDR_MEETINGS_BOOKED_PER_SDR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(meetings as {{ type_double() }}) / nullif(sdrs, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
