-- generated from definitions/kpis/strategic_review_coverage.yml; do not edit
-- Strategic Review (QBR) Coverage of Key Accounts: distinct key_account_id of strategic reviews held in the period (status = held, by held_at) ÷ ACTIVE_KEY_ACCOUNTS at period end; house definition, no authoritative published formula

with reviewed_accounts as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_key_account_id__status_held as reviewed_accounts
    from {{ ref('int_strategic_review__held_at__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

key_accounts as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as key_accounts
    from {{ ref('kpi_active_key_accounts') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from reviewed_accounts

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from key_accounts

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(reviewed_accounts.reviewed_accounts, 0) as reviewed_accounts,
        key_accounts.key_accounts
    from input_keys
    left join reviewed_accounts using (grain, period_start, dimension, dimension_value)
    left join key_accounts using (grain, period_start, dimension, dimension_value)

)

select
    'STRATEGIC_REVIEW_COVERAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(reviewed_accounts as {{ type_double() }}) / nullif(key_accounts, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
