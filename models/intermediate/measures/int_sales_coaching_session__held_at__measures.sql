-- generated from definitions/object_models/sales_coaching_session.yml; do not edit
-- every aggregate KPIs read from SALES_COACHING_SESSION by held_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_coaching_session') }}
    where held_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'held_at') }} as _period_week,
        {{ period_start('month', 'held_at') }} as _period_month,
        {{ period_start('quarter', 'held_at') }} as _period_quarter,
        {{ period_start('year', 'held_at') }} as _period_year,
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
        cast(avg(cast(case when status = 'held' and skill_score is not null and (coaching_model is null or coaching_model <> 'peer') then skill_score end as {{ type_double() }})) as {{ type_double() }}) as avg_skill_score__status_held_and_skill_score_is_not_a60b8171,
        cast(avg(cast(case when status = 'held' and duration_minutes is not null and (coaching_model is null or coaching_model <> 'peer') then duration_minutes end as {{ type_double() }})) as {{ type_double() }}) as avg_duration_minutes__status_held_and_duration_minu_0962a8ff,
        cast(count(case when status = 'held' and call_reviewed = true and (coaching_model is null or coaching_model <> 'peer') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_call_reviewed_true_and_f8e9c972,
        cast(count(case when status = 'held' and (coaching_model is null or coaching_model <> 'peer') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_coaching_model_is_null_ea912ba8,
        cast(avg(cast(case when status = 'held' and action_items_count is not null and (coaching_model is null or coaching_model <> 'peer') then action_items_count end as {{ type_double() }})) as {{ type_double() }}) as avg_action_items_count__status_held_and_action_item_338a0b4a,
        cast(count(distinct case when status = 'held' and (coaching_model is null or coaching_model <> 'peer') then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__status_held_and_coachi_abd85240,
        cast(sum(case when status = 'held' and (coaching_model is null or coaching_model <> 'peer') then duration_minutes end) as {{ type_double() }}) as sum_duration_minutes__status_held_and_coaching_mode_29b84855,
        cast(avg(cast(case when status = 'held' and rep_rating is not null and (coaching_model is null or coaching_model <> 'peer') then rep_rating end as {{ type_double() }})) as {{ type_double() }}) as avg_rep_rating__status_held_and_rep_rating_is_not_n_80a674b4,
        cast(count(case when status = 'held' and coaching_model = 'formal' then 1 end) as {{ type_double() }}) as count_rows__status_held_and_coaching_model_formal,
        cast(count(case when status = 'held' and coaching_model in ('formal', 'informal') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_coaching_model_in_forma_a835b286,
        cast(count(distinct case when status = 'held' and coaching_model = 'peer' then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__status_held_and_coachi_cf03939f
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
        avg_skill_score__status_held_and_skill_score_is_not_a60b8171,
        avg_duration_minutes__status_held_and_duration_minu_0962a8ff,
        count_rows__status_held_and_call_reviewed_true_and_f8e9c972,
        count_rows__status_held_and_coaching_model_is_null_ea912ba8,
        avg_action_items_count__status_held_and_action_item_338a0b4a,
        count_distinct_sales_rep_id__status_held_and_coachi_abd85240,
        sum_duration_minutes__status_held_and_coaching_mode_29b84855,
        avg_rep_rating__status_held_and_rep_rating_is_not_n_80a674b4,
        count_rows__status_held_and_coaching_model_formal,
        count_rows__status_held_and_coaching_model_in_forma_a835b286,
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
