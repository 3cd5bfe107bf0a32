-- generated from definitions/kpis/average_talk_time_per_connected_call.yml; do not edit
-- Average Talk Time per Connected Call: Σ talk_time_seconds ÷ 60 ÷ number of calls with is_connected = true, by dial time (dialed_at); unanswered calls (voicemail, no answer, busy) are excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_talk_time_seconds_60_0__is_connected_true as measure
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'AVERAGE_TALK_TIME_PER_CONNECTED_CALL' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
