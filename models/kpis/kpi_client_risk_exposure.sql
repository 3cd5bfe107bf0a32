-- generated from definitions/kpis/client_risk_exposure.yml; do not edit
-- Client Risk Exposure (Top-Customer Revenue Concentration): LARGEST_CUSTOMER_REVENUE (revenue of the top customer in the period) ÷ Σ revenue.amount of all customers, by recognized_date (SOMA revenue concentration with top-N = 1); the seed's "revenue from key client ÷ total revenue" made precise as the top client. The share from all key accounts together is KEY_ACCOUNT_REVENUE_SHARE

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_largest_customer_revenue') }}
    where dimension in ('overall')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as denominator
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall')

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
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'CLIENT_RISK_EXPOSURE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
