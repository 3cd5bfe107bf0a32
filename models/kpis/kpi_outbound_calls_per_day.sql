-- generated from definitions/kpis/outbound_calls_per_day.yml; do not edit
-- Outbound Calls per Day: outbound calls of all sellers (sales_call.direction = outbound, by dialed_at) ÷ working days (Monday to Friday) in the period; a team volume, not per rep

with calls as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound as calls
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from calls

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(calls.calls, 0) as calls,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join calls using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'OUTBOUND_CALLS_PER_DAY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(calls as {{ type_double() }}) / nullif(working_days_in_period, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
