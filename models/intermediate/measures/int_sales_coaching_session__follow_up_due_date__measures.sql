-- generated from definitions/object_models/sales_coaching_session.yml; do not edit
-- every aggregate KPIs read from SALES_COACHING_SESSION by follow_up_due_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_coaching_session') }}
    where follow_up_due_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'follow_up_due_date') }} as period_week,
        {{ period_start('month', 'follow_up_due_date') }} as period_month,
        {{ period_start('quarter', 'follow_up_due_date') }} as period_quarter,
        {{ period_start('year', 'follow_up_due_date') }} as period_year,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_sales_rep,
        dim_sales_team,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        cast(count(case when status = 'held' and follow_up_completed = true and (coaching_model is null or coaching_model <> 'peer') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_follow_up_completed_tru_60399375,
        cast(count(case when status = 'held' and follow_up_completed is not null and (coaching_model is null or coaching_model <> 'peer') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_follow_up_completed_is_e74b47e7
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_month),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_quarter),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_year),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team)
    )

),

shaped as (

    select
        case
            when grouping_week = 0 then 'week'
            when grouping_month = 0 then 'month'
            when grouping_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(period_week, period_month, period_quarter, period_year) as period_start,
        case
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
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
