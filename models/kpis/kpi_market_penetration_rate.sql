-- generated from definitions/kpis/market_penetration_rate.yml; do not edit
-- Market Penetration Rate (accounts): active customer accounts at period end (first_contract_date < period end, not churned by it) ÷ accounts created before period end (any status); slice by MARKET for market penetration, by TERRITORY for territory penetration; the seed's "total size of the target market" made precise as the market's known accounts

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_active_customer_accounts') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_total_accounts') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
        numerator.numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'MARKET_PENETRATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
