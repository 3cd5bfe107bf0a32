-- generated from definitions/kpis/account_penetration_index.yml; do not edit
-- Key Account Revenue Penetration: Σ revenue_captured (annualised ARR at period end) ÷ Σ revenue_potential (estimated annual revenue obtainable from the account when fully penetrated) over account-penetration rows by period_end_date (kpitree: captured revenue ÷ total addressable potential). The seed's "products sold ÷ sales opportunities" mixes counts of different things; the product-count view is ACCOUNT_SATURATION_INDEX

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
        sum_revenue_potential__period_type_month as denominator
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
    'ACCOUNT_PENETRATION_INDEX' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
