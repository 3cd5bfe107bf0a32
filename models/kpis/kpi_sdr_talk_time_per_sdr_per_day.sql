-- generated from definitions/kpis/sdr_talk_time_per_sdr_per_day.yml; do not edit
-- SDR Talk Time per SDR per Day (minutes): Σ talk_time_seconds of SDR/BDR calls ÷ 60 (by dialed_at) ÷ (active SDRs × working days in the period); active SDRs = distinct SDRs/BDRs with at least one logged sales activity in the period

with talk_seconds as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_talk_time_seconds__rep_role_in_sdr_bdr as talk_seconds
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr as sdrs
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from talk_seconds

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
        coalesce(talk_seconds.talk_seconds, 0) as talk_seconds,
        coalesce(sdrs.sdrs, 0) as sdrs,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join talk_seconds using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'SDR_TALK_TIME_PER_SDR_PER_DAY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(talk_seconds as {{ type_double() }}) / nullif(60.0, 0) / nullif((sdrs * working_days_in_period), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
