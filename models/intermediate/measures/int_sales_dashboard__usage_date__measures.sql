-- generated from definitions/object_models/sales_dashboard.yml; do not edit
-- every aggregate KPIs read from SALES_DASHBOARD by usage_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_dashboard') }}
    where usage_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'usage_date') }} as _period_week,
        {{ period_start('month', 'usage_date') }} as _period_month,
        {{ period_start('quarter', 'usage_date') }} as _period_quarter,
        {{ period_start('year', 'usage_date') }} as _period_year,
        cast(owner_team_id as {{ dbt.type_string() }}) as _dim_sales_team
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_sales_team,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(sum(case when licensed_user_count > 0 then unique_viewer_count end) as {{ type_double() }}) as sum_unique_viewer_count__licensed_user_count_gt_0,
        cast(sum(case when licensed_user_count > 0 then licensed_user_count end) as {{ type_double() }}) as sum_licensed_user_count__licensed_user_count_gt_0,
        cast(avg(cast(data_freshness_hours as {{ type_double() }})) as {{ type_double() }}) as avg_data_freshness_hours__data_freshness_hours_is_not_null
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_sales_team),
        (_period_month),
        (_period_month, _dim_sales_team),
        (_period_quarter),
        (_period_quarter, _dim_sales_team),
        (_period_year),
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
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        sum_unique_viewer_count__licensed_user_count_gt_0,
        sum_licensed_user_count__licensed_user_count_gt_0,
        avg_data_freshness_hours__data_freshness_hours_is_not_null
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
