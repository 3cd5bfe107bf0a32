-- generated from definitions/kpis/new_business_from_referrals.yml; do not edit
-- Referral Share of New Business: Σ won_amount of referrals converted in the period (by converted_at) ÷ NEW_BUSINESS_BOOKINGS (Σ amount of new-business deals booked in the period); the seed's "revenue from referred customers ÷ total revenue" made precise as first-deal value, because recognised revenue is not traced back to referrals

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_won_amount__converted_at_is_not_null as numerator
    from {{ ref('int_referral__converted_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_new_business_bookings') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM')

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
    'NEW_BUSINESS_FROM_REFERRALS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
