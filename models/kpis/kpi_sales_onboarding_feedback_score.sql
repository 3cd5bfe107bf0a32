-- generated from definitions/kpis/sales_onboarding_feedback_score.yml; do not edit
-- Sales Onboarding Feedback Score: mean rating (1–5) over enablement feedback with item_type = training, training_program_type = onboarding and a rating, by submitted_at; the seed's average of the feedback scores of new sales reps

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_rating__item_type_training_and_training_program_a02b7858 as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'SALES_ONBOARDING_FEEDBACK_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
