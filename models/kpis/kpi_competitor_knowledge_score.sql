-- generated from definitions/kpis/competitor_knowledge_score.yml; do not edit
-- Competitor Knowledge Assessment Score: mean of score ÷ 100 over sales assessments with skill_area = competitive_knowledge, by taken_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score_100_0__skill_area_competitive_knowledge as measure
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'COMPETITOR_KNOWLEDGE_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
