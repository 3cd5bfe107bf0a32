-- generated from definitions/object_models/sales_dashboard.yml; do not edit
-- every aggregate KPIs read from SALES_DASHBOARD by usage_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_dashboard') }}
    where usage_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'usage_date') }} as period_week,
        {{ period_start('month', 'usage_date') }} as period_month,
        {{ period_start('quarter', 'usage_date') }} as period_quarter,
        {{ period_start('year', 'usage_date') }} as period_year,
        cast(owner_team_id as {{ dbt.type_string() }}) as dim_sales_team
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_sales_team,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        cast(sum(case when licensed_user_count > 0 then unique_viewer_count end) as {{ type_double() }}) as sum_unique_viewer_count__licensed_user_count_gt_0,
        cast(sum(case when licensed_user_count > 0 then licensed_user_count end) as {{ type_double() }}) as sum_licensed_user_count__licensed_user_count_gt_0,
        cast(avg(data_freshness_hours) as {{ type_double() }}) as avg_data_freshness_hours__data_freshness_hours_is_not_null
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_sales_team),
        (period_month),
        (period_month, dim_sales_team),
        (period_quarter),
        (period_quarter, dim_sales_team),
        (period_year),
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
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
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
