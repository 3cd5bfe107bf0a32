-- generated from definitions/kpis/markets_served.yml; do not edit
-- Markets Served: count of markets with entered_date < period end and (exited_date empty or exited_date ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_market__entered_date__snapshots') }}
    where dimension in ('overall', 'MARKET')

)

select
    'MARKETS_SERVED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
