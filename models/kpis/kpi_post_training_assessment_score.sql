-- generated from definitions/kpis/post_training_assessment_score.yml; do not edit
-- Post-Training Assessment Score: Σ score ÷ assessments administered, over sales assessments with assessment_phase = post_training, by taken_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score__assessment_phase_post_training as measure
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'POST_TRAINING_ASSESSMENT_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
