-- generated from definitions/object_models/sales_coaching_session.yml; do not edit
-- every aggregate KPIs read from SALES_COACHING_SESSION by follow_up_due_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_coaching_session') }}
    where follow_up_due_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'follow_up_due_date') }} as _period_week,
        {{ period_start('month', 'follow_up_due_date') }} as _period_month,
        {{ period_start('quarter', 'follow_up_due_date') }} as _period_quarter,
        {{ period_start('year', 'follow_up_due_date') }} as _period_year,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team
    from source_rows

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
        cast(count(case when status = 'held' and follow_up_completed = true and (coaching_model is null or coaching_model <> 'peer') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_follow_up_completed_tru_60399375,
        cast(count(case when status = 'held' and follow_up_completed is not null and (coaching_model is null or coaching_model <> 'peer') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_follow_up_completed_is_e74b47e7
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
        count_rows__status_held_and_follow_up_completed_tru_60399375,
        count_rows__status_held_and_follow_up_completed_is_e74b47e7
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods)
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from in_calendar
