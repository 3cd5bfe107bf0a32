-- generated from definitions/kpis/average_health_score.yml; do not edit
-- Average Customer Health Score: mean customer_health_record.health_score over the health snapshots in force at period end (recorded_at < period end and superseded_at empty or ≥ period end), i.e. each customer's latest score; house composite, no standard formula

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_health_score as snapshot
    from {{ ref('int_customer_health_record__recorded_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

)

select
    'AVERAGE_HEALTH_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
