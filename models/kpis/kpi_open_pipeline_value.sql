-- generated from definitions/kpis/open_pipeline_value.yml; do not edit
-- Open Pipeline Value: Σ amount of opportunities with created_at < period end and (closed_at empty or closed_at ≥ period end), all types

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as snapshot
    from {{ ref('int_opportunity__created_at__snapshots') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'OPEN_PIPELINE_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
