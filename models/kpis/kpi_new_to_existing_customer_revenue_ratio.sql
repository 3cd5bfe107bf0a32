-- generated from definitions/kpis/new_to_existing_customer_revenue_ratio.yml; do not edit
-- New to Existing Customer Revenue Ratio: Σ amount of revenue lines recognised in the period (by recognized_date) from customers whose customer_since_date is less than 365 days before the recognition date ÷ Σ amount of the lines from customers for 365 days or more

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__days_between_customer_since_date_recogn_a48679a1 as numerator
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__days_between_customer_since_date_recogn_852aa1d3 as denominator
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
    'NEW_TO_EXISTING_CUSTOMER_REVENUE_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
