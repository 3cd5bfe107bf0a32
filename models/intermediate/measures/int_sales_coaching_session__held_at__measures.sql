-- generated from definitions/object_models/sales_coaching_session.yml; do not edit
-- every aggregate KPIs read from SALES_COACHING_SESSION by held_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_coaching_session') }}
    where held_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'held_at') }} as period_week,
        {{ period_start('month', 'held_at') }} as period_month,
        {{ period_start('quarter', 'held_at') }} as period_quarter,
        {{ period_start('year', 'held_at') }} as period_year,
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
        cast(avg(case when status = 'held' and skill_score is not null then skill_score end) as {{ type_double() }}) as avg_skill_score__status_held_and_skill_score_is_not_null,
        cast(avg(case when status = 'held' and duration_minutes is not null then duration_minutes end) as {{ type_double() }}) as avg_duration_minutes__status_held_and_duration_minu_c6e00f0d,
        cast(count(case when status = 'held' and call_reviewed = true then 1 end) as {{ type_double() }}) as count_rows__status_held_and_call_reviewed_true,
        cast(count(case when status = 'held' then 1 end) as {{ type_double() }}) as count_rows__status_held,
        cast(avg(case when status = 'held' and action_items_count is not null then action_items_count end) as {{ type_double() }}) as avg_action_items_count__status_held_and_action_item_5387a356,
        cast(count(distinct case when status = 'held' then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__status_held,
        cast(sum(case when status = 'held' then duration_minutes end) as {{ type_double() }}) as sum_duration_minutes__status_held,
        cast(avg(case when status = 'held' and rep_rating is not null then rep_rating end) as {{ type_double() }}) as avg_rep_rating__status_held_and_rep_rating_is_not_null,
        cast(count(case when status = 'held' and coaching_model = 'formal' then 1 end) as {{ type_double() }}) as count_rows__status_held_and_coaching_model_formal,
        cast(count(case when status = 'held' and coaching_model is not null then 1 end) as {{ type_double() }}) as count_rows__status_held_and_coaching_model_is_not_null,
        cast(count(distinct case when status = 'held' and coaching_model = 'peer' then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__status_held_and_coachi_cf03939f
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
        avg_skill_score__status_held_and_skill_score_is_not_null,
        avg_duration_minutes__status_held_and_duration_minu_c6e00f0d,
        count_rows__status_held_and_call_reviewed_true,
        count_rows__status_held,
        avg_action_items_count__status_held_and_action_item_5387a356,
        count_distinct_sales_rep_id__status_held,
        sum_duration_minutes__status_held,
        avg_rep_rating__status_held_and_rep_rating_is_not_null,
        count_rows__status_held_and_coaching_model_formal,
        count_rows__status_held_and_coaching_model_is_not_null,
        count_distinct_sales_rep_id__status_held_and_coachi_cf03939f
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
