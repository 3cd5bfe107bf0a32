-- generated from definitions/object_models/field_visit.yml; do not edit
-- every aggregate KPIs read from FIELD_VISIT by visit_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_field_visit') }}
    where visit_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'visit_date') }} as _period_week,
        {{ period_start('month', 'visit_date') }} as _period_month,
        {{ period_start('quarter', 'visit_date') }} as _period_quarter,
        {{ period_start('year', 'visit_date') }} as _period_year,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
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
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(distinct case when status = 'completed' and is_customer_account = true then account_id end) as {{ type_double() }}) as count_distinct_account_id__status_completed_and_is_227888ee,
        cast(count(case when status = 'completed' then 1 end) as {{ type_double() }}) as count_rows__status_completed,
        cast(count(distinct case when status = 'completed' and is_target_account = true and is_owner_visit = true then account_id end) as {{ type_double() }}) as count_distinct_account_id__status_completed_and_is_64148b64,
        cast(sum(case when status = 'completed' then travel_time_minutes end) as {{ type_double() }}) as sum_travel_time_minutes__status_completed
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team),
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
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_account_id__status_completed_and_is_227888ee,
        count_rows__status_completed,
        count_distinct_account_id__status_completed_and_is_64148b64,
        sum_travel_time_minutes__status_completed
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
