-- generated from definitions/kpis/arr_per_csm.yml; do not edit
-- ARR per CSM: ANNUAL_RECURRING_REVENUE_ARR (Σ arr of subscriptions in force at period end) ÷ ACTIVE_CUSTOMER_SUCCESS_MANAGERS (people in a CSM role at period end)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_annual_recurring_revenue_arr') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_customer_success_managers') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

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
    'ARR_PER_CSM' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
