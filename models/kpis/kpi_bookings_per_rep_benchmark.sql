-- generated from definitions/kpis/bookings_per_rep_benchmark.yml; do not edit
-- Bookings per Rep Benchmark (in effect): mean benchmark_value of the performance benchmark records with metric_code = 'bookings_per_rep', scope = 'company' and period_type = 'month' whose effective interval covers the month end (effective_start_date < month end and effective_end_date empty or ≥ month end); a monthly figure, so month grain only

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_benchmark_value__metric_code_bookings_per_rep_a_25dbbdef as snapshot
    from {{ ref('int_performance_benchmark__effective_start_date__snapshots') }}
    where dimension in ('overall', 'SALES_TEAM', 'SEGMENT')

)

select
    'BOOKINGS_PER_REP_BENCHMARK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
where grain in ('month')
