-- generated from definitions/kpis/call_scorecard_average_score.yml; do not edit
-- Call Scorecard Average Score: mean score (0–100) over sales assessments with assessment_type = call_scorecard, by taken_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score__assessment_type_call_scorecard as measure
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'CALL_SCORECARD_AVERAGE_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
