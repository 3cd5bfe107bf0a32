-- generated from definitions/object_models/sales_quota.yml; do not edit
-- every aggregate KPIs read from SALES_QUOTA by period_start: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_quota') }}
    where period_start is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start') }} as _period_week,
        {{ period_start('month', 'period_start') }} as _period_month,
        {{ period_start('quarter', 'period_start') }} as _period_quarter,
        {{ period_start('year', 'period_start') }} as _period_year,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_product,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') and coalesce(rep_role, 'none') <> 'channel_manager' then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_5e4c5c24,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') and coalesce(rep_role, 'none') <> 'channel_manager' and coalesce(is_ramping, false) = false then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_8598ad84,
        cast(count(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') and coalesce(rep_role, 'none') <> 'channel_manager' and is_ramping = true then 1 end) as {{ type_double() }}) as count_rows__quota_type_bookings_and_assignee_level_8b8acdcd,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and status in ('active', 'closed') and period_type = 'month' then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_f4e3153c,
        cast(sum(case when quota_type = 'bookings' and assignee_level = 'rep' and period_type = 'month' and status in ('active', 'closed') then quota_amount end) as {{ type_double() }}) as sum_quota_amount__quota_type_bookings_and_assignee_237ee447,
        cast(sum(case when quota_type = 'new_logo' and assignee_level = 'rep' and period_type = 'quarter' and status in ('active', 'closed') then quota_count end) as {{ type_double() }}) as sum_quota_count__quota_type_new_logo_and_assignee_l_fced8b03,
        cast(sum(case when quota_type = 'activity' and assignee_level = 'rep' and rep_role in ('sdr', 'bdr') and status in ('active', 'closed') and period_type = 'month' then quota_count end) as {{ type_double() }}) as sum_quota_count__quota_type_activity_and_assignee_l_994d049b
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_product),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team),
        (_period_year, _dim_segment),
        (_period_year, _dim_territory)
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
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
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
