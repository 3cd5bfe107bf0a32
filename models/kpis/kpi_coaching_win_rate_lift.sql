-- generated from definitions/kpis/coaching_win_rate_lift.yml; do not edit
-- Coaching Win Rate Lift: for every held coaching session (SALES_COACHING_SESSION status = held) led by a manager or coach (coaching_model formal, informal or not recorded, not peer), at held_at t, placed in the period of t: the won ÷ closed (won + lost) opportunities owned by the coached rep (owner_rep_id = sales_rep_id) closed (closed_at) in [t, t + 60 days), pooled over the period's sessions, minus the same over [t − 60 days, t); null when either window has no closed opportunity; a period is reported once 60 days after its end have passed

with events as (

    select
        sales_coaching_session_id as event_key,
        sales_rep_id as entity_key,
        held_at as event_at,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team
    from {{ ref('stg_sales_coaching_session') }}
    where held_at is not null
        and sales_rep_id is not null
        and status = 'held' and (coaching_model is null or coaching_model <> 'peer')

),

numerator_rows as (

    select
        owner_rep_id as entity_key,
        closed_at as measured_at,
        1 as measured_value
    from {{ ref('stg_opportunity') }}
    where closed_at is not null
        and owner_rep_id is not null
        and stage = 'closed_won'

),

numerator_windows as (

    -- per event: the numerator of the entity in the 60 days before the event
    -- and in the 60 days from it
    select
        events.event_key,
        coalesce(sum(case when numerator_rows.measured_at < events.event_at then numerator_rows.measured_value else 0 end), 0) as numerator_before,
        coalesce(sum(case when numerator_rows.measured_at >= events.event_at then numerator_rows.measured_value else 0 end), 0) as numerator_after
    from events
    left join numerator_rows
        on events.entity_key = numerator_rows.entity_key
        and numerator_rows.measured_at >= {{ dbt.dateadd('day', -60, 'events.event_at') }}
        and numerator_rows.measured_at < {{ dbt.dateadd('day', 60, 'events.event_at') }}
    group by events.event_key

),

denominator_rows as (

    select
        owner_rep_id as entity_key,
        closed_at as measured_at,
        1 as measured_value
    from {{ ref('stg_opportunity') }}
    where closed_at is not null
        and owner_rep_id is not null
        and stage in ('closed_won', 'closed_lost')

),

denominator_windows as (

    -- per event: the denominator of the entity in the 60 days before the event
    -- and in the 60 days from it
    select
        events.event_key,
        coalesce(sum(case when denominator_rows.measured_at < events.event_at then denominator_rows.measured_value else 0 end), 0) as denominator_before,
        coalesce(sum(case when denominator_rows.measured_at >= events.event_at then denominator_rows.measured_value else 0 end), 0) as denominator_after
    from events
    left join denominator_rows
        on events.entity_key = denominator_rows.entity_key
        and denominator_rows.measured_at >= {{ dbt.dateadd('day', -60, 'events.event_at') }}
        and denominator_rows.measured_at < {{ dbt.dateadd('day', 60, 'events.event_at') }}
    group by events.event_key

),

bucketed as (

    select
        events.*,
        numerator_windows.numerator_before,
        numerator_windows.numerator_after,
        denominator_windows.denominator_before,
        denominator_windows.denominator_after,
        {{ period_start('week', 'event_at') }} as _period_week,
        {{ period_start('month', 'event_at') }} as _period_month,
        {{ period_start('quarter', 'event_at') }} as _period_quarter,
        {{ period_start('year', 'event_at') }} as _period_year
    from events
    inner join numerator_windows on events.event_key = numerator_windows.event_key
    inner join denominator_windows on events.event_key = denominator_windows.event_key

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_sales_rep,
        _dim_sales_team,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(count(*) as {{ type_double() }}) as event_count,
        cast(sum(numerator_before) as {{ type_double() }}) as numerator_before,
        cast(sum(numerator_after) as {{ type_double() }}) as numerator_after,
        cast(sum(denominator_before) as {{ type_double() }}) as denominator_before,
        cast(sum(denominator_after) as {{ type_double() }}) as denominator_after
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_month),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_quarter),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_year),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team)
    )

),

shaped as (

    select
        case
            when _grouping_period_week = 0 then 'week'
            when _grouping_period_month = 0 then 'month'
            when _grouping_period_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(_period_week, _period_month, _period_quarter, _period_year) as period_start,
        case
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        event_count,
        numerator_before,
        numerator_after,
        denominator_before,
        denominator_after
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods) whose every event's
    -- 60-day after-window has ended by the data end: a later period cannot be known yet
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start
    where {{ dbt.dateadd('day', 60, 'periods.period_end') }} <= {{ kpi_data_end() }}

),

compared as (

    -- before and after values, pooled over the period's events: the numerator's total over the denominator's, per window
    select
        *,
        numerator_before / nullif(denominator_before, 0) as before_value,
        numerator_after / nullif(denominator_after, 0) as after_value
    from in_calendar

)

select
    'COACHING_WIN_RATE_LIFT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(after_value - before_value as {{ type_double() }}) as value,
    cast(after_value as {{ type_double() }}) as numerator,
    cast(before_value as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from compared
