-- generated from definitions/kpis/price_realisation_rate.yml; do not edit
-- Price Realisation: Σ amount (net of discount) ÷ Σ list_price_amount of deals booked in the period (by booked_at) with a list price recorded, all deal types; dollar-weighted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__list_price_amount_is_not_null as numerator
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_list_price_amount__list_price_amount_is_not_null as denominator
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'PRICE_REALISATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
