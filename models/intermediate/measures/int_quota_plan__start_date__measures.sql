-- generated from definitions/object_models/quota_plan.yml; do not edit
-- every aggregate KPIs read from QUOTA_PLAN by start_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_quota_plan') }}
    where start_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'start_date') }} as period_week,
        {{ period_start('month', 'start_date') }} as period_month,
        {{ period_start('quarter', 'start_date') }} as period_quarter,
        {{ period_start('year', 'start_date') }} as period_year,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team
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
        cast(sum(case when quota_type = 'bookings' and scope = 'company' and status <> 'draft' then total_target_amount end) as {{ type_double() }}) as sum_total_target_amount__quota_type_bookings_and_sc_4bdad4ee
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
        sum_total_target_amount__quota_type_bookings_and_sc_4bdad4ee
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
