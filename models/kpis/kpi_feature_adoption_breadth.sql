-- generated from definitions/kpis/feature_adoption_breadth.yml; do not edit
-- Feature Adoption Breadth: FEATURES_ADOPTED (customer-feature records adopted and not abandoned at period end) ÷ FEATURES_ENTITLED (customer-feature records whose entitlement covers the period end)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_features_adopted') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_features_entitled') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

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
        numerator.numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'FEATURE_ADOPTION_BREADTH' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
