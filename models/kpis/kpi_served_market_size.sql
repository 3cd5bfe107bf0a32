-- generated from definitions/kpis/served_market_size.yml; do not edit
-- Served Market Size: Σ market_size_amount of markets with entered_date < period end and (exited_date empty or exited_date ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_market_size_amount as snapshot
    from {{ ref('int_market__entered_date__snapshots') }}
    where dimension in ('overall', 'MARKET')

)

select
    'SERVED_MARKET_SIZE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
