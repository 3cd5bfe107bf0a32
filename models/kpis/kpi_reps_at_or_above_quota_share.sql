-- generated from definitions/kpis/reps_at_or_above_quota_share.yml; do not edit
-- Share of Reps at or above Quota: reps with Σ booked deal amount ÷ Σ rep-level monthly bookings quota_amount ≥ 1 ÷ reps with a bookings quota (> 0) in the period; bookings (TCV, all deal types) by booking date, monthly quotas (period_type = month, active or closed) by period start, so a quarter's quota is the sum of its months and the quarterly quota rows are not added again; ramping reps included; month, quarter and year only (no quota is set for a week)

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
        sum_quota_amount__quota_type_bookings_and_assignee_237ee447 as quota
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
        cast(bookings as {{ type_double() }}) / nullif(quota, 0) as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        cast(count(case when value >= 1 then 1 end) as {{ type_double() }}) as entities_meeting,
        cast(count(*) as {{ type_double() }}) as entities_measured
    from valued
    where value is not null
    group by grain, period_start

)

select
    'REPS_AT_OR_ABOVE_QUOTA_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(entities_meeting / nullif(entities_measured, 0) as {{ type_double() }}) as value,
    cast(entities_meeting as {{ type_double() }}) as numerator,
    cast(entities_measured as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
where grain in ('month', 'quarter', 'year')
