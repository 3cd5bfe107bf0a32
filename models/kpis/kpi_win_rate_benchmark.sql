-- generated from definitions/kpis/win_rate_benchmark.yml; do not edit
-- Win Rate Benchmark (in effect): mean benchmark_value of the performance benchmark records with metric_code = 'win_rate' and scope = 'company' whose effective interval covers the period end (effective_start_date < period end and effective_end_date empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_benchmark_value__metric_code_win_rate_and_scope_company as snapshot
    from {{ ref('int_performance_benchmark__effective_start_date__snapshots') }}
    where dimension in ('overall', 'SALES_TEAM', 'SEGMENT')

)

select
    'WIN_RATE_BENCHMARK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
