-- generated from definitions/kpis/product_knowledge_test_pass_rate.yml; do not edit
-- Product Knowledge Test Pass Rate: sales assessments with skill_area = product_knowledge, assessment_type = quiz and passed = true ÷ those quizzes taken, by taken_at

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__skill_area_product_knowledge_and_assess_c83fe72b as numerator
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__skill_area_product_knowledge_and_assess_98609c28 as denominator
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

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
    'PRODUCT_KNOWLEDGE_TEST_PASS_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
