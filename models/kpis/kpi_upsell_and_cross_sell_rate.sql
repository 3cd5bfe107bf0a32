-- generated from definitions/kpis/upsell_and_cross_sell_rate.yml; do not edit
-- Upsell and Cross-Sell Rate: distinct customers with a closed-won expansion opportunity (opportunity_type = expansion, expansion_type in (upsell, cross_sell)) by close date (closed_at) ÷ active customers at period end (Active Customers); the seed divides by all sales opportunities, which mixes a customer measure with a pipeline count

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__opportunity_type_expans_764c616f as numerator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'UPSELL_AND_CROSS_SELL_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
