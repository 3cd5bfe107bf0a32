-- generated from definitions/kpis/average_weighted_opportunity_value.yml; do not edit
-- Average Weighted Opportunity Value: mean of amount × probability (empty probability counts 0) over the opportunities open at period end (created_at < period end and closed_at empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_amount_coalesce_probability_0 as snapshot
    from {{ ref('int_opportunity__created_at__snapshots') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_WEIGHTED_OPPORTUNITY_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
