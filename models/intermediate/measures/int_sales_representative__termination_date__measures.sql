-- generated from definitions/object_models/sales_representative.yml; do not edit
-- every aggregate KPIs read from SALES_REPRESENTATIVE by termination_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_representative') }}
    where termination_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'termination_date') }} as period_week,
        {{ period_start('month', 'termination_date') }} as period_month,
        {{ period_start('quarter', 'termination_date') }} as period_quarter,
        {{ period_start('year', 'termination_date') }} as period_year,
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
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(count(case when is_regretted_attrition = true then 1 end) as {{ type_double() }}) as count_rows__is_regretted_attrition_true,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when termination_type = 'voluntary' then 1 end) as {{ type_double() }}) as count_rows__termination_type_voluntary
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
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
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__is_regretted_attrition_true,
        count_rows,
        count_rows__termination_type_voluntary
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
