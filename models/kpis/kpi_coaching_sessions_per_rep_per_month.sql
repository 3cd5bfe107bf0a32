-- generated from definitions/kpis/coaching_sessions_per_rep_per_month.yml; do not edit
-- Coaching Sessions per Rep per Month: held coaching sessions (status = held, by held_at) ÷ Active Sellers (excluding sales managers) at period end ÷ (days_in_period ÷ 30.4375, the period's length in average months); peer learning sessions (coaching_model = peer) are not counted

with sessions as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_coaching_model_is_null_ea912ba8 as sessions
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

sellers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as sellers
    from {{ ref('kpi_active_sellers') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from sessions

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from sellers

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(sessions.sessions, 0) as sessions,
        sellers.sellers,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join sessions using (grain, period_start, dimension, dimension_value)
    left join sellers using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'COACHING_SESSIONS_PER_REP_PER_MONTH' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(sessions as {{ type_double() }}) / nullif(sellers, 0) / nullif((cast(days_in_period as {{ type_double() }}) / nullif(30.4375, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
