-- generated from definitions/kpis/at_risk_customer_share.yml; do not edit
-- At-Risk Customer Share: customers whose health snapshot in force at period end has is_at_risk = true ÷ customers with a health snapshot in force at period end (mean of the at-risk indicator over current snapshots)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_case_when_is_at_risk_then_1_0_else_0_0_end as snapshot
    from {{ ref('int_customer_health_record__recorded_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

)

select
    'AT_RISK_CUSTOMER_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
