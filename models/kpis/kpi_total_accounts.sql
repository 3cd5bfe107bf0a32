-- generated from definitions/kpis/total_accounts.yml; do not edit
-- Total Accounts: count of accounts created before the period end (created_at < period end), any status

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_account__created_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'TOTAL_ACCOUNTS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
