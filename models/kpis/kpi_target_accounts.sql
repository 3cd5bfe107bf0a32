-- generated from definitions/kpis/target_accounts.yml; do not edit
-- Target Accounts: count of accounts with is_target_account = true created before the period end (created_at < period end), whatever their status; slice by TERRITORY for a territory's target list

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_target_account_true as snapshot
    from {{ ref('int_account__created_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'TARGET_ACCOUNTS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
