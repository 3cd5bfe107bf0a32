-- generated from definitions/kpis/trainee_satisfaction_score.yml; do not edit
-- Trainee Satisfaction Score: mean rating (1–5) over enablement feedback with item_type = training and a rating, by submitted_at; the surveys are sent after the training (survey_type = post_training)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_rating__item_type_training_and_rating_is_not_null as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'TRAINEE_SATISFACTION_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
