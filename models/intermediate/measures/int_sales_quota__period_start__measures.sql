-- generated from definitions/object_models/sales_quota.yml; do not edit
-- every aggregate KPIs read from SALES_QUOTA by period_start: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_quota') }}
    where period_start is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start') }} as period_week,
        {{ period_start('month', 'period_start') }} as period_month,
        {{ period_start('quarter', 'period_start') }} as period_quarter,
        {{ period_start('year', 'period_start') }} as period_year,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_product,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') and coalesce(rep_role, 'none') <> 'channel_manager' then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_5e4c5c24,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') and coalesce(rep_role, 'none') <> 'channel_manager' and coalesce(is_ramping, false) = false then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_8598ad84,
        cast(count(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') and coalesce(rep_role, 'none') <> 'channel_manager' and is_ramping = true then 1 end) as {{ type_double() }}) as count_rows__quota_type_bookings_and_assignee_level_8b8acdcd,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and status in ('active', 'closed') and period_type = 'month' then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_f4e3153c,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_237ee447,
        cast(sum(case when quota_type = 'new_logo' and assignee_level = 'rep' and period_type = 'quarter' and status in ('active', 'closed') then quota_count end) as {{ type_double() }}) as sum_quota_count__quota_type_new_logo_and_assignee_l_fced8b03,
        cast(sum(case when quota_type = 'activity' and assignee_level = 'rep' and rep_role in ('sdr', 'bdr') and status in ('active', 'closed') and period_type = 'month' then quota_count end) as {{ type_double() }}) as sum_quota_count__quota_type_activity_and_assignee_l_994d049b
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
        (period_year, dim_segment),
        (period_year, dim_territory)
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
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        sum_quota_amount__quota_type_bookings_and_assignee_5e4c5c24,
        sum_quota_amount__quota_type_bookings_and_assignee_8598ad84,
        count_rows__quota_type_bookings_and_assignee_level_8b8acdcd,
        sum_quota_amount__quota_type_bookings_and_assignee_f4e3153c,
        sum_quota_amount__quota_type_bookings_and_assignee_237ee447,
        sum_quota_count__quota_type_new_logo_and_assignee_l_fced8b03,
        sum_quota_count__quota_type_activity_and_assignee_l_994d049b
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
