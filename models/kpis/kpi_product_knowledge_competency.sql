-- generated from definitions/kpis/product_knowledge_competency.yml; do not edit
-- Product Knowledge Competency: mean of score ÷ 100 over sales assessments with skill_area = product_knowledge and assessment_type in (quiz, certification_exam), by taken_at; the score (0–100) is the share of questions answered correctly, as in the seed's "correct answers ÷ questions"

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score_100_0__skill_area_product_knowledge_and_a_5c37ee88 as measure
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'PRODUCT_KNOWLEDGE_COMPETENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
