-- generated from definitions/kpis/annual_recurring_revenue_arr.yml; do not edit
-- Annual Recurring Revenue (ARR): Σ arr of subscriptions whose interval covers the period end (start_date < period end and end_date empty or ≥ period end); a point-in-time value, not the seed's sum of a year's recurring revenue

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr as snapshot
    from {{ ref('int_subscription__start_date__snapshots') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'ANNUAL_RECURRING_REVENUE_ARR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
