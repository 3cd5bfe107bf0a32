-- generated from definitions/kpis/bookings_per_ramped_rep.yml; do not edit
-- Bookings per Ramped Rep: channel managers left out (their quota is on partner bookings, which deals credit to the partner, not to them); mean over reps whose rep-level monthly bookings quotas in the period (period_type = month, active or closed, by period start) are all ramped (Σ quota_amount with is_ramping false > 0 and none with is_ramping true) of Σ amount of their deals of every type by booking date (booked_at); reps with no deal count as zero; month, quarter and year only (no quota is set for a week)

with bookings as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_amount as bookings
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

ramped_quota as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_quota_amount__quota_type_bookings_and_assignee_8598ad84 as ramped_quota
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

ramping_quotas as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__quota_type_bookings_and_assignee_level_8b8acdcd as ramping_quotas
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
    from ramped_quota

    union

    select
        grain,
        period_start,
        entity_value
    from ramping_quotas

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(bookings.bookings, 0) as bookings,
        coalesce(ramped_quota.ramped_quota, 0) as ramped_quota,
        coalesce(ramping_quotas.ramping_quotas, 0) as ramping_quotas
    from entities
    left join bookings using (grain, period_start, entity_value)
    left join ramped_quota using (grain, period_start, entity_value)
    left join ramping_quotas using (grain, period_start, entity_value)

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
    where value is not null and ramped_quota > 0 and ramping_quotas = 0
    group by grain, period_start

)

select
    'BOOKINGS_PER_RAMPED_REP' as kpi_code,
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
