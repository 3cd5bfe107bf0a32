-- generated from definitions/kpis/bookings_per_rep.yml; do not edit
-- Bookings per Quota-Carrying Rep: mean over reps with a rep-level bookings quota (> 0, active or closed, by period start) of Σ amount of their deals of every type by booking date (booked_at); the seed's "revenue ÷ sales reps" with bookings as the sales measure and quota-carrying reps as the headcount; evaluate at the quota period grain or coarser Quota-carrying reps are those with a monthly rep-level bookings quota in the period (period_type = 'month'; a quarter sums its months, so no quota is counted twice); no week grain.

with bookings as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_amount as bookings
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

quota as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_quota_amount__quota_type_bookings_and_assignee_f4e3153c as quota
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from bookings

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
        coalesce(bookings.bookings, 0) as bookings,
        coalesce(quota.quota, 0) as quota
    from entities
    left join bookings using (grain, period_start, entity_value)
    left join quota using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        bookings as value
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
    'BOOKINGS_PER_REP' as kpi_code,
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
