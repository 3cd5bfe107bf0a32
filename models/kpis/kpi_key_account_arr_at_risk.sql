-- generated from definitions/kpis/key_account_arr_at_risk.yml; do not edit
-- Key Account ARR at Risk: Σ arr_at_risk of account risks of key accounts (key_account_id set) identified before period end and not closed by then (resolved_at empty or ≥ period end); overlapping risks of one account each count

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr_at_risk__key_account_id_is_not_null as snapshot
    from {{ ref('int_account_risk__identified_at__snapshots') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'KEY_ACCOUNT_ARR_AT_RISK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
