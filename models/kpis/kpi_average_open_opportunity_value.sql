-- generated from definitions/kpis/average_open_opportunity_value.yml; do not edit
-- Average Open Opportunity Value: mean amount of the opportunities open at period end (created_at < period end and closed_at empty or ≥ period end), i.e. Open Pipeline Value ÷ open opportunities

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_amount as snapshot
    from {{ ref('int_opportunity__created_at__snapshots') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_OPEN_OPPORTUNITY_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
