-- generated from definitions/kpis/monthly_recurring_revenue.yml; do not edit
-- Monthly Recurring Revenue (MRR): Σ subscription.mrr over subscriptions whose validity interval [start_date, end_date) covers the period end (snapshot at period end; MRR is net of discounts and excludes one-time and metered charges)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_mrr as snapshot
    from {{ ref('int_subscription__start_date__snapshots') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'MONTHLY_RECURRING_REVENUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
