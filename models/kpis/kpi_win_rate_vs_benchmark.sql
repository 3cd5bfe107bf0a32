-- generated from definitions/kpis/win_rate_vs_benchmark.yml; do not edit
-- Win Rate against Benchmark: Win Rate (closed-won ÷ closed won + lost opportunities, by closed_at) ÷ Win Rate Benchmark (the company-scope win_rate performance benchmark in effect at period end)

with win_rate as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as win_rate
    from {{ ref('kpi_win_rate') }}
    where dimension in ('overall', 'SALES_TEAM', 'SEGMENT')

),

benchmark as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as benchmark
    from {{ ref('kpi_win_rate_benchmark') }}
    where dimension in ('overall', 'SALES_TEAM', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from win_rate

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
        win_rate.win_rate,
        benchmark.benchmark
    from input_keys
    left join win_rate using (grain, period_start, dimension, dimension_value)
    left join benchmark using (grain, period_start, dimension, dimension_value)

)

select
    'WIN_RATE_VS_BENCHMARK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(win_rate as {{ type_double() }}) / nullif(benchmark, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
