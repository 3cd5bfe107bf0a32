-- generated from definitions/kpis/customer_interactions_per_customer.yml; do not edit
-- Customer Interactions per Customer: support interactions by occurred_at, excluding self-service knowledge-base sessions (interaction_type ≠ knowledge_base_session) ÷ ACTIVE_CUSTOMERS (customers with a subscription in force at period end)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__interaction_type_ne_knowledge_base_session as numerator
    from {{ ref('int_support_interaction__occurred_at__measures') }}
    where dimension in ('overall', 'CSM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'CSM')

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
    'CUSTOMER_INTERACTIONS_PER_CUSTOMER' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
