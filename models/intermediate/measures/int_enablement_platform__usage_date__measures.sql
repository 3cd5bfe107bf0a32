-- generated from definitions/object_models/enablement_platform.yml; do not edit
-- every aggregate KPIs read from ENABLEMENT_PLATFORM by usage_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_enablement_platform') }}
    where usage_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'usage_date') }} as _period_week,
        {{ period_start('month', 'usage_date') }} as _period_month,
        {{ period_start('quarter', 'usage_date') }} as _period_quarter,
        {{ period_start('year', 'usage_date') }} as _period_year,
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
        cast(sum(case when platform_category in ('content_management', 'digital_sales_room') then content_shares end) as {{ type_double() }}) as sum_content_shares__platform_category_in_content_ma_67440f98,
        cast(count(distinct case when platform_category in ('content_management', 'digital_sales_room') and is_active = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__platform_category_in_c_6fc14b08,
        cast(sum(case when platform_category = 'content_management' then content_views end) as {{ type_double() }}) as sum_content_views__platform_category_content_management,
        cast(count(distinct case when platform_category = 'content_management' and is_active = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__platform_category_cont_36e2ecf6,
        cast(sum(minutes_active) as {{ type_double() }}) as sum_minutes_active,
        cast(count(distinct case when is_active = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__is_active_true,
        cast(sum(case when has_license = true then logins end) as {{ type_double() }}) as sum_logins__has_license_true,
        cast(count(case when has_license = true then 1 end) as {{ type_double() }}) as count_rows__has_license_true,
        cast(count(case when has_license = true and is_active = true then 1 end) as {{ type_double() }}) as count_rows__has_license_true_and_is_active_true,
        cast(sum(case when has_license = true then seat_cost end) as {{ type_double() }}) as sum_seat_cost__has_license_true,
        cast(count(distinct case when has_license = true and is_active = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__has_license_true_and_i_9b17b3b4,
        cast(count(distinct case when platform_category = 'learning_management' and is_active = true and mobile_minutes_active > 0 then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__platform_category_lear_7a484207,
        cast(count(distinct case when platform_category = 'learning_management' and is_active = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__platform_category_lear_acd3498e,
        cast(count(distinct case when has_license = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__has_license_true,
        cast(count(distinct case when platform_category = 'scenario_planning' and has_license = true and is_active = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__platform_category_scen_14ea84b9,
        cast(count(distinct case when platform_category = 'scenario_planning' and has_license = true then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__platform_category_scen_fcf74a4e,
        cast(sum(case when platform_category = 'learning_management' then training_material_accesses end) as {{ type_double() }}) as sum_training_material_accesses__platform_category_l_f2ea00ab,
        cast(max(case when platform_category = 'learning_management' then training_materials_available end) as {{ type_double() }}) as max_training_materials_available__platform_category_3b11a43a,
        cast(sum(training_modules_completed) as {{ type_double() }}) as sum_training_modules_completed
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
        sum_content_shares__platform_category_in_content_ma_67440f98,
        count_distinct_sales_rep_id__platform_category_in_c_6fc14b08,
        sum_content_views__platform_category_content_management,
        count_distinct_sales_rep_id__platform_category_cont_36e2ecf6,
        sum_minutes_active,
        count_distinct_sales_rep_id__is_active_true,
        sum_logins__has_license_true,
        count_rows__has_license_true,
        count_rows__has_license_true_and_is_active_true,
        sum_seat_cost__has_license_true,
        count_distinct_sales_rep_id__has_license_true_and_i_9b17b3b4,
        count_distinct_sales_rep_id__platform_category_lear_7a484207,
        count_distinct_sales_rep_id__platform_category_lear_acd3498e,
        count_distinct_sales_rep_id__has_license_true,
        count_distinct_sales_rep_id__platform_category_scen_14ea84b9,
        count_distinct_sales_rep_id__platform_category_scen_fcf74a4e,
        sum_training_material_accesses__platform_category_l_f2ea00ab,
        max_training_materials_available__platform_category_3b11a43a,
        sum_training_modules_completed
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
