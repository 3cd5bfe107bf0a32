-- generated from definitions/object_models/performance_benchmark.yml; do not edit
-- state of PERFORMANCE_BENCHMARK at each period end, from its validity interval [effective_start_date, effective_end_date): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_performance_benchmark') }}
    where effective_start_date is not null

),

periods as (

    select
        grain,
        period_start,
        period_end
    from {{ ref('int_kpi_periods') }}

),

active_at_period_end as (

    select
        periods.grain,
        periods.period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.effective_start_date
        and (source_rows.effective_end_date is null or periods.period_end <= source_rows.effective_end_date)

),

prepared as (

    select
        *,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_sales_team,
        dim_segment,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        cast(avg(case when metric_code = 'bookings_per_rep' and scope = 'company' and period_type = 'month' then benchmark_value end) as {{ type_double() }}) as avg_benchmark_value__metric_code_bookings_per_rep_a_25dbbdef,
        cast(avg(case when metric_code = 'win_rate' and scope = 'company' then benchmark_value end) as {{ type_double() }}) as avg_benchmark_value__metric_code_win_rate_and_scope_company
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_sales_team),
        (grain, period_start, dim_segment)
    )

),

shaped as (

    select
        grain,
        period_start,
        case
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        avg_benchmark_value__metric_code_bookings_per_rep_a_25dbbdef,
        avg_benchmark_value__metric_code_win_rate_and_scope_company
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
