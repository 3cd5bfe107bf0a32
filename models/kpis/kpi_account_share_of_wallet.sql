-- generated from definitions/kpis/account_share_of_wallet.yml; do not edit
-- Key Account Share of Wallet: Σ revenue_captured (annualised ARR from the account at period end) ÷ Σ total_spend_potential (the account's estimated annual category spend) over the account-penetration rows whose measured period ends in the period (by period_end_date); revenue-weighted across accounts (kpidepot/revoptima SOW = revenue from customer ÷ customer's total category spend)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_revenue_captured__period_type_month as numerator
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_total_spend_potential__period_type_month as denominator
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'ACCOUNT_SHARE_OF_WALLET' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
