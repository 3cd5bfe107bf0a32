-- generated from definitions/kpis/new_market_revenue_share.yml; do not edit
-- New-Market Revenue Contribution: Σ amount of revenue lines recognised in the period (by recognized_date) whose customer's market was entered (market_entered_date) less than 1,096 days (three years) before the recognition date ÷ Σ amount of all revenue lines of the period; lines without a market entry date stay in the denominator

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__days_between_market_entered_date_recogn_006fdbba as numerator
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as denominator
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'NEW_MARKET_REVENUE_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
