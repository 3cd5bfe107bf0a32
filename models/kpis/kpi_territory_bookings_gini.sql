-- generated from definitions/kpis/territory_bookings_gini.yml; do not edit
-- Bookings Concentration Across Territories (Gini): Gini coefficient of Σ booked deal amount per territory (deal.territory_id, all deal types, by booked_at), over the territories with a booking in the period: Σ over territories ranked by bookings ascending of (2 × rank − n − 1) × bookings ÷ (n × total bookings)

with bookings as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_amount as bookings
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension = 'TERRITORY' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from bookings

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(bookings.bookings, 0) as bookings
    from entities
    left join bookings using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        bookings as value
    from per_entity

),

ranked as (

    select
        grain,
        period_start,
        value,
        row_number() over (partition by grain, period_start order by value, entity_value) as value_rank,
        count(*) over (partition by grain, period_start) as entity_count
    from valued
    where value is not null

),

across_entities as (

    -- Gini = sum of (2 * rank - n - 1) * value / (n * sum of values), values ranked ascending;
    -- undefined (null) for a period where an entity's value is negative
    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        case when min(value) >= 0 then sum((2 * value_rank - entity_count - 1) * value) end as rank_weighted_value,
        max(entity_count) * sum(value) as entities_times_total
    from ranked
    group by grain, period_start

)

select
    'TERRITORY_BOOKINGS_GINI' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(rank_weighted_value / nullif(entities_times_total, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
