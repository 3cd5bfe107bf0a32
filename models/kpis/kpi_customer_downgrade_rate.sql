-- generated from definitions/kpis/customer_downgrade_rate.yml; do not edit
-- Customer Downgrade Rate: distinct churn_event.customer_id of events with outcome = churned and churn_scope = partial, by churned_at ÷ ACTIVE_CUSTOMERS (customers with a subscription in force at period end)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__outcome_churned_and_chu_e5675c8a as numerator
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

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
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'CUSTOMER_DOWNGRADE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
