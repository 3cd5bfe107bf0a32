-- the KPI calendar: every week, month, quarter and year between the calendar vars,
-- with its exclusive end and the period built-ins (days_in_period, working_days_in_period)

{%- set first_day = modules.datetime.date.fromisoformat(var('kpi_calendar_start')) %}
{%- set last_day = modules.datetime.date.fromisoformat(var('kpi_calendar_end')) %}
{%- set first_week = first_day - modules.datetime.timedelta(days=first_day.weekday()) %}
{%- set first_month = first_day.replace(day=1) %}
{%- set first_quarter = first_day.replace(month=((first_day.month - 1) // 3) * 3 + 1, day=1) %}
{%- set first_year = first_day.replace(month=1, day=1) %}
{%- set last_covered = last_day.replace(month=12, day=31) + modules.datetime.timedelta(days=7) %}

with weeks as (

    {{ date_series(first_week, last_day, '7 days') }}

),

months as (

    {{ date_series(first_month, last_day, '1 month') }}

),

quarters as (

    {{ date_series(first_quarter, last_day, '3 months') }}

),

years as (

    {{ date_series(first_year, last_day, '1 year') }}

),

all_periods as (

    select
        'week' as grain,
        period_start
    from weeks
    union all
    select
        'month' as grain,
        period_start
    from months
    union all
    select
        'quarter' as grain,
        period_start
    from quarters
    union all
    select
        'year' as grain,
        period_start
    from years

),

bounded as (

    select
        grain,
        period_start,
        {{ shift_period('period_start', 'grain', 1) }} as period_end
    from all_periods

),

calendar_days as (

    {{ date_series(first_week, last_covered, '1 day') }}

),

counted as (

    select
        bounded.grain,
        bounded.period_start,
        bounded.period_end,
        count(*) as days_in_period,
        sum(case when {{ is_weekday('calendar_days.period_start') }} then 1 else 0 end) as working_days_in_period
    from bounded
    inner join calendar_days
        on bounded.period_start <= calendar_days.period_start
        and bounded.period_end > calendar_days.period_start
    group by bounded.grain, bounded.period_start, bounded.period_end

)

select
    *,
    {{ dbt.concat(["grain", "'|'", "cast(period_start as " ~ dbt.type_string() ~ ")"]) }} as period_key
from counted
