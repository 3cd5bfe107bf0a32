-- generated from definitions/kpis/key_accounts_with_current_plan.yml; do not edit
-- Key Accounts with a Current Account Plan: count of distinct key_account_id over account plans approved before period end (approved_at < period end) and still in force then (ended_at empty or ≥ period end; ended_at is the day after the plan period, or the account's exit for an abandoned plan), i.e. a snapshot at period end; a plan approved before its year starts counts from its approval

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_key_account_id as snapshot
    from {{ ref('int_account_plan__approved_at__snapshots') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'KEY_ACCOUNTS_WITH_CURRENT_PLAN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
