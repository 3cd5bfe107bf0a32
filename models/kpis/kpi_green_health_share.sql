-- generated from definitions/kpis/green_health_share.yml; do not edit
-- Healthy (Green) Customer Share: health snapshots in force at period end with health_status = green ÷ health snapshots in force at period end (one current snapshot per customer)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_case_when_health_status_green_then_1_0_else_0_0_end as snapshot
    from {{ ref('int_customer_health_record__recorded_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

)

select
    'GREEN_HEALTH_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
