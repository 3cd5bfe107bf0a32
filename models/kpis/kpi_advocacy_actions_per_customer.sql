-- generated from definitions/kpis/advocacy_actions_per_customer.yml; do not edit
-- Advocacy Actions per Customer: customer_advocacy_program activities with status = completed and activity_type ≠ enrolment, by activity_at ÷ ACTIVE_CUSTOMERS (customers with a subscription in force at period end)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_completed_and_activity_type_ne_enrolment as numerator
    from {{ ref('int_customer_advocacy_program__activity_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

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
    'ADVOCACY_ACTIONS_PER_CUSTOMER' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
