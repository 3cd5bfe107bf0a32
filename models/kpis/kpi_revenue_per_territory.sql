-- generated from definitions/kpis/revenue_per_territory.yml; do not edit
-- Revenue per Territory: mean over territories (REVENUE.territory_id) with revenue in the period of Σ recognised amount (by recognized_date); territories without revenue in the period are not counted

with revenue as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_amount as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension = 'TERRITORY' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from revenue

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(revenue.revenue, 0) as revenue
    from entities
    left join revenue using (grain, period_start, entity_value)

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
    where value is not null
    group by grain, period_start

)

select
    'REVENUE_PER_TERRITORY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
