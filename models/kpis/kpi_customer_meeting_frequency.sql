-- generated from definitions/kpis/customer_meeting_frequency.yml; do not edit
-- Customer Meeting Frequency: (support interactions with interaction_type in (check_in, training_session), by occurred_at + QBRs with status = held, by held_at) ÷ ACTIVE_CUSTOMERS (customers with a subscription in force at period end)

with meetings as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__interaction_type_in_check_in_training_session as meetings
    from {{ ref('int_support_interaction__occurred_at__measures') }}
    where dimension in ('overall', 'CSM')

),

reviews as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held as reviews
    from {{ ref('int_qbr__held_at__measures') }}
    where dimension in ('overall', 'CSM')

),

customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as customers
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'CSM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from meetings

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from reviews

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from customers

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(meetings.meetings, 0) as meetings,
        coalesce(reviews.reviews, 0) as reviews,
        customers.customers
    from input_keys
    left join meetings using (grain, period_start, dimension, dimension_value)
    left join reviews using (grain, period_start, dimension, dimension_value)
    left join customers using (grain, period_start, dimension, dimension_value)

)

select
    'CUSTOMER_MEETING_FREQUENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((meetings + reviews) as {{ type_double() }}) / nullif(customers, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
