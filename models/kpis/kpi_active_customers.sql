-- generated from definitions/kpis/active_customers.yml; do not edit
-- Active Customers: count of distinct subscription.customer_id over subscriptions whose validity interval [start_date, end_date) covers the period end (snapshot at period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id as snapshot
    from {{ ref('int_subscription__start_date__snapshots') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'ACTIVE_CUSTOMERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
