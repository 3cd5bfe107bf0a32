-- generated from definitions/kpis/icp_fit_new_customer_share.yml; do not edit
-- ICP-Fit Share of New Customers: customers whose customer_since_date falls in the period with is_icp_fit = true ÷ customers whose customer_since_date falls in the period; customers without an ICP score stay in the denominator

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_icp_fit_true as numerator
    from {{ ref('int_customer__customer_since_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_customer__customer_since_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

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
    'ICP_FIT_NEW_CUSTOMER_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
