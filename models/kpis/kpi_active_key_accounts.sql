-- generated from definitions/kpis/active_key_accounts.yml; do not edit
-- Active Key Accounts: count of key-account designations whose interval [designated_at, undesignated_at) covers the period end (snapshot at period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_key_account__designated_at__snapshots') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'ACTIVE_KEY_ACCOUNTS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
