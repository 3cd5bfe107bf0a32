-- generated from definitions/kpis/revenue_per_customer.yml; do not edit
-- Revenue per Customer: Σ amount of recognised revenue lines by recognized_date ÷ distinct customers (customer_id) with a revenue line in the period; the seed's "total number of customers" made precise as the customers billed in the period

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as numerator
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id as denominator
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
    'REVENUE_PER_CUSTOMER' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
