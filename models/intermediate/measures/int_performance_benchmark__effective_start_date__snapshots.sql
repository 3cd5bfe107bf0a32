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
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.effective_start_date
        and (source_rows.effective_end_date is null or periods.period_end <= source_rows.effective_end_date)

),

prepared as (

    select
        *,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_sales_team,
        _dim_segment,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(avg(cast(case when metric_code = 'bookings_per_rep' and scope = 'company' and period_type = 'month' then benchmark_value end as {{ type_double() }})) as {{ type_double() }}) as avg_benchmark_value__metric_code_bookings_per_rep_a_25dbbdef,
        cast(avg(cast(case when metric_code = 'win_rate' and scope = 'company' then benchmark_value end as {{ type_double() }})) as {{ type_double() }}) as avg_benchmark_value__metric_code_win_rate_and_scope_company
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_sales_team),
        (_grain, _period_start, _dim_segment)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
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
