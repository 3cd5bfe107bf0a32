-- generated from definitions/kpis/repeat_customer_rate.yml; do not edit
-- Repeat Purchase Rate: per customer and period: count of sales with is_repeat_purchase = true (by sold_at); value = share of customers with at least one sale in the period whose repeat-purchase count ≥ 1

with purchases as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows as purchases
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension = 'CUSTOMER' and dimension_value <> 'unknown'

),

repeat_purchases as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__is_repeat_purchase_true as repeat_purchases
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension = 'CUSTOMER' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from purchases

    union

    select
        grain,
        period_start,
        entity_value
    from repeat_purchases

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(purchases.purchases, 0) as purchases,
        coalesce(repeat_purchases.repeat_purchases, 0) as repeat_purchases
    from entities
    left join purchases using (grain, period_start, entity_value)
    left join repeat_purchases using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        repeat_purchases as value
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
    'REPEAT_CUSTOMER_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(entities_meeting / nullif(entities_measured, 0) as {{ type_double() }}) as value,
    cast(entities_meeting as {{ type_double() }}) as numerator,
    cast(entities_measured as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
