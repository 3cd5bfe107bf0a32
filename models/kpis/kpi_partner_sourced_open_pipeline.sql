-- generated from definitions/kpis/partner_sourced_open_pipeline.yml; do not edit
-- Partner-Sourced Open Pipeline: Σ amount of opportunities with partner_role = sourced, created_at < period end and (closed_at empty or ≥ period end), all opportunity types (partnershipintel: pipeline value of partner-originated open opportunities)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__partner_role_sourced as snapshot
    from {{ ref('int_opportunity__created_at__snapshots') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PARTNER_SOURCED_OPEN_PIPELINE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
