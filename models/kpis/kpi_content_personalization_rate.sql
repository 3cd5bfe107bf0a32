-- generated from definitions/kpis/content_personalization_rate.yml; do not edit
-- Sales Content Personalization Rate: count of sales content assets with variant_type = personalized ÷ count of all sales content assets, by created_at

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__variant_type_personalized as numerator
    from {{ ref('int_sales_content__created_at__measures') }}
    where dimension in ('overall', 'PRODUCT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_sales_content__created_at__measures') }}
    where dimension in ('overall', 'PRODUCT')

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
    'CONTENT_PERSONALIZATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
