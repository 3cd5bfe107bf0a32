-- generated from definitions/kpis/key_account_revenue_at_risk_share.yml; do not edit
-- Key Account Revenue at Risk Share: KEY_ACCOUNT_ARR_AT_RISK (Σ arr_at_risk of open key-account risks at period end) ÷ KEY_ACCOUNT_ARR (key-account ARR in force at period end); overlapping risks on one account each count, so the share can exceed 100 % in theory

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_key_account_arr_at_risk') }}
    where dimension in ('overall')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_key_account_arr') }}
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
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'KEY_ACCOUNT_REVENUE_AT_RISK_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
