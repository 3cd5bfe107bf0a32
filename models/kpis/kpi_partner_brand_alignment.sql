-- generated from definitions/kpis/partner_brand_alignment.yml; do not edit
-- Partner Brand Alignment: co-marketing campaigns with brand_review_passed = true ÷ campaigns with a brand review result, by launch date (launched_at). The seed's qualitative brand-guideline adherence made precise as the pass rate of the brand review every MDF-funded campaign goes through

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__brand_review_passed_true as numerator
    from {{ ref('int_co_marketing_campaign__launched_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__brand_review_passed_is_not_null as denominator
    from {{ ref('int_co_marketing_campaign__launched_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

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
    'PARTNER_BRAND_ALIGNMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
