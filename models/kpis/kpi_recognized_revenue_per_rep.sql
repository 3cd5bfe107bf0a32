-- generated from definitions/kpis/recognized_revenue_per_rep.yml; do not edit
-- Recognized Revenue per Quota-Carrying Rep: channel managers left out (their quota is on partner bookings, which deals credit to the partner, not to them); mean over reps with a rep-level monthly bookings quota (Σ quota_amount > 0, period_type = month, active or closed, by period start) of Σ amount of the revenue lines credited to them (revenue.sales_rep_id) by recognized_date; month, quarter and year only (no quota is set for a week)

with revenue as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_amount as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

quota as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_quota_amount__quota_type_bookings_and_assignee_5e4c5c24 as quota
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from revenue

    union

    select
        grain,
        period_start,
        entity_value
    from quota

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(revenue.revenue, 0) as revenue,
        coalesce(quota.quota, 0) as quota
    from entities
    left join revenue using (grain, period_start, entity_value)
    left join quota using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        revenue as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        avg(value) as aggregated_value
    from valued
    where value is not null and quota > 0
    group by grain, period_start

)

select
    'RECOGNIZED_REVENUE_PER_REP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
where grain in ('month', 'quarter', 'year')
