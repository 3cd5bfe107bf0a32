-- generated from definitions/object_models/field_visit.yml; do not edit
-- every aggregate KPIs read from FIELD_VISIT by visit_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_field_visit') }}
    where visit_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'visit_date') }} as period_week,
        {{ period_start('month', 'visit_date') }} as period_month,
        {{ period_start('quarter', 'visit_date') }} as period_quarter,
        {{ period_start('year', 'visit_date') }} as period_year,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
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
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_territory) as grouping_dim_territory,
        cast(count(distinct case when status = 'completed' and is_customer_account = true then account_id end) as {{ type_double() }}) as count_distinct_account_id__status_completed_and_is_227888ee,
        cast(count(case when status = 'completed' then 1 end) as {{ type_double() }}) as count_rows__status_completed,
        cast(count(distinct case when status = 'completed' and is_target_account = true and is_owner_visit = true then account_id end) as {{ type_double() }}) as count_distinct_account_id__status_completed_and_is_64148b64,
        cast(sum(case when status = 'completed' then travel_time_minutes end) as {{ type_double() }}) as sum_travel_time_minutes__status_completed
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
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
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
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
