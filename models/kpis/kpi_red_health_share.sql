-- generated from definitions/kpis/red_health_share.yml; do not edit
-- Unhealthy (Red) Customer Share: health snapshots in force at period end with health_status = red ÷ health snapshots in force at period end (one current snapshot per customer); green + yellow + red = 100 %

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_case_when_health_status_red_then_1_0_else_0_0_end as snapshot
    from {{ ref('int_customer_health_record__recorded_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

)

select
    'RED_HEALTH_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
