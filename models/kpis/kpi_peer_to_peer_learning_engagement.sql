-- generated from definitions/kpis/peer_to_peer_learning_engagement.yml; do not edit
-- Peer-to-Peer Learning Engagement: distinct sales_rep_id of peer sessions held in the period (coaching_model = peer, status = held, by held_at) ÷ Active Sellers (excluding sales managers) at period end

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__status_held_and_coachi_cf03939f as numerator
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_sellers') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

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
    'PEER_TO_PEER_LEARNING_ENGAGEMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
