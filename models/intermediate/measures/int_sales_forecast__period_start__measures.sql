-- generated from definitions/object_models/sales_forecast.yml; do not edit
-- every aggregate KPIs read from SALES_FORECAST by period_start: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_forecast') }}
    where period_start is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start') }} as _period_week,
        {{ period_start('month', 'period_start') }} as _period_month,
        {{ period_start('quarter', 'period_start') }} as _period_quarter,
        {{ period_start('year', 'period_start') }} as _period_year,
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
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(sum(case when is_final = true and forecast_level = 'rep' and forecast_category = 'commit' and forecast_measure = 'bookings' and period_type = 'month' then forecast_amount end) as {{ type_double() }}) as sum_forecast_amount__is_final_true_and_forecast_lev_824d826a,
        cast(sum(case when forecast_level = 'rep' and forecast_measure = 'bookings' and period_type = 'month' and forecast_category = 'best_case' and is_first_of_period = true then forecast_amount end) as {{ type_double() }}) as sum_forecast_amount__forecast_level_rep_and_forecas_4537e18c,
        cast(sum(case when forecast_level = 'rep' and forecast_measure = 'bookings' and period_type = 'month' and forecast_category = 'commit' and is_final = true then forecast_amount end) as {{ type_double() }}) as sum_forecast_amount__forecast_level_rep_and_forecas_0ab653e6,
        cast(sum(case when forecast_level = 'rep' and forecast_measure = 'bookings' and period_type = 'month' and forecast_category = 'commit' and is_first_of_period = true then forecast_amount end) as {{ type_double() }}) as sum_forecast_amount__forecast_level_rep_and_forecas_9a833a3a,
        cast(sum(case when is_first_of_period = true and forecast_level = 'rep' and forecast_category = 'commit' and forecast_measure = 'bookings' and period_type = 'month' and slipped_amount is not null then slipped_amount end) as {{ type_double() }}) as sum_slipped_amount__is_first_of_period_true_and_for_4f770939,
        cast(sum(case when is_first_of_period = true and forecast_level = 'rep' and forecast_category = 'commit' and forecast_measure = 'bookings' and period_type = 'month' and slipped_amount is not null then open_pipeline_amount end) as {{ type_double() }}) as sum_open_pipeline_amount__is_first_of_period_true_a_b3da43a4,
        cast(sum(case when is_first_of_period = true and forecast_level = 'rep' and forecast_category = 'commit' and forecast_measure = 'bookings' and period_type = 'month' then open_pipeline_amount end) as {{ type_double() }}) as sum_open_pipeline_amount__is_first_of_period_true_a_f862f850,
        cast(sum(case when is_first_of_period = true and forecast_level = 'rep' and forecast_category = 'commit' and forecast_measure = 'bookings' and period_type = 'month' then quota_amount end) as {{ type_double() }}) as sum_quota_amount__is_first_of_period_true_and_forec_83af01b1
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
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
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        sum_forecast_amount__is_final_true_and_forecast_lev_824d826a,
        sum_forecast_amount__forecast_level_rep_and_forecas_4537e18c,
        sum_forecast_amount__forecast_level_rep_and_forecas_0ab653e6,
        sum_forecast_amount__forecast_level_rep_and_forecas_9a833a3a,
        sum_slipped_amount__is_first_of_period_true_and_for_4f770939,
        sum_open_pipeline_amount__is_first_of_period_true_a_b3da43a4,
        sum_open_pipeline_amount__is_first_of_period_true_a_f862f850,
        sum_quota_amount__is_first_of_period_true_and_forec_83af01b1
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
