-- generated from definitions/kpis/bookings_per_rep_vs_benchmark.yml; do not edit
-- Bookings per Rep against Benchmark: Bookings per Quota-Carrying Rep (mean over reps with a monthly bookings quota of their bookings by booked_at) ÷ Bookings per Rep Benchmark (the company-scope monthly bookings_per_rep performance benchmark in effect at month end); month grain only, as the benchmark is monthly

with bookings_per_rep as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as bookings_per_rep
    from {{ ref('kpi_bookings_per_rep') }}
    where dimension in ('overall')

),

benchmark as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as benchmark
    from {{ ref('kpi_bookings_per_rep_benchmark') }}
    where dimension in ('overall')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from bookings_per_rep

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from benchmark

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        bookings_per_rep.bookings_per_rep,
        benchmark.benchmark
    from input_keys
    left join bookings_per_rep using (grain, period_start, dimension, dimension_value)
    left join benchmark using (grain, period_start, dimension, dimension_value)

)

select
    'BOOKINGS_PER_REP_VS_BENCHMARK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(bookings_per_rep as {{ type_double() }}) / nullif(benchmark, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month')
