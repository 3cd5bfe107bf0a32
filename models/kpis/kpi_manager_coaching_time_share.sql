-- generated from definitions/kpis/manager_coaching_time_share.yml; do not edit
-- Manager Coaching Time Share: Σ duration_minutes ÷ 60 of the coaching sessions held in the period (status = held, by held_at; each session is led by its coach_rep_id, the rep's manager) ÷ the managers' contracted hours in the period, where contracted hours = Sales Manager Weekly Capacity (Σ weekly_working_hours of the sales managers employed at period end) × working_days_in_period ÷ 5 (a five-day week; public holidays and leave not deducted); peer learning sessions (coaching_model = peer) are not counted

with coaching_minutes as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_duration_minutes__status_held_and_coaching_mode_29b84855 as coaching_minutes
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

weekly_hours as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as weekly_hours
    from {{ ref('kpi_sales_manager_weekly_capacity_hours') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from coaching_minutes

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from weekly_hours

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(coaching_minutes.coaching_minutes, 0) as coaching_minutes,
        weekly_hours.weekly_hours,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join coaching_minutes using (grain, period_start, dimension, dimension_value)
    left join weekly_hours using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'MANAGER_COACHING_TIME_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast((cast(coaching_minutes as {{ type_double() }}) / nullif(60.0, 0)) / nullif((cast(weekly_hours * working_days_in_period as {{ type_double() }}) / nullif(5.0, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
