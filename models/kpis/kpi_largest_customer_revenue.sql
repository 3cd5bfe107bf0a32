-- generated from definitions/kpis/largest_customer_revenue.yml; do not edit
-- Largest Customer Revenue: max over customers of Σ revenue.amount of the customer's revenue lines, by recognized_date (per-customer sum, then maximum across customers)

with revenue as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_amount as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension = 'CUSTOMER' and dimension_value <> 'unknown'

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
        max(value) as aggregated_value
    from valued
    where value is not null
    group by grain, period_start

)

select
    'LARGEST_CUSTOMER_REVENUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
