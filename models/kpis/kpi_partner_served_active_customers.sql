-- generated from definitions/kpis/partner_served_active_customers.yml; do not edit
-- Customers Served Through Partners: distinct customer_id of subscriptions with partner_id set, start_date < period end and (end_date empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__partner_id_is_not_null as snapshot
    from {{ ref('int_subscription__start_date__snapshots') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'PARTNER_SERVED_ACTIVE_CUSTOMERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
