-- generated from definitions/kpis/active_customer_accounts.yml; do not edit
-- Active Customer Accounts: count of accounts whose first contract started before the period end (first_contract_date < period end) and that had not churned by it (churned_at empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_account__first_contract_date__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'ACTIVE_CUSTOMER_ACCOUNTS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
