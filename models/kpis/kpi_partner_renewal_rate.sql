-- generated from definitions/kpis/partner_renewal_rate.yml; do not edit
-- Partner Renewal Rate: partner agreements with end_date in the period and is_renewed = true ÷ agreements with end_date in the period and is_renewed set (agreements terminated early are not up for renewal), by end_date

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_renewed_true as numerator
    from {{ ref('int_partner_agreement__end_date__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_renewed_is_not_null as denominator
    from {{ ref('int_partner_agreement__end_date__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'PARTNER_RENEWAL_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
