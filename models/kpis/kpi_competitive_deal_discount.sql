-- generated from definitions/kpis/competitive_deal_discount.yml; do not edit
-- Discount Depth on Competitive Wins: Σ discount_amount ÷ Σ list_price_amount of opportunities closed won in the period (by closed_at) with a primary competitor recorded (competitor_id not empty) and both amounts recorded; dollar-weighted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_discount_amount__stage_closed_won_and_competito_6a568c94 as numerator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_list_price_amount__stage_closed_won_and_competi_68fe1dab as denominator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'COMPETITIVE_DEAL_DISCOUNT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
