-- generated from definitions/kpis/new_to_established_partner_bookings_ratio.yml; do not edit
-- New to Established Partner Bookings Ratio: sum of amount of opportunities with stage = closed_won, partner_id set and days_between(partner_recruited_at, closed_at) < 365 ÷ sum of amount of opportunities with stage = closed_won, partner_id set and days_between(partner_recruited_at, closed_at) >= 365, by closed_at; a channel is a channel partner (sourcing or influencing the deal), new for its first 365 days in the partner programme

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__stage_closed_won_and_partner_id_is_not_05712302 as numerator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__stage_closed_won_and_partner_id_is_not_81d96628 as denominator
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
    'NEW_TO_ESTABLISHED_PARTNER_BOOKINGS_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
