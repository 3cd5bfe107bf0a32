-- generated from definitions/kpis/customer_feedback_score.yml; do not edit
-- Average Customer Feedback Rating (CSAT 1-5): Σ score ÷ number of answered CSAT surveys (survey_type = csat, score set), by responded_at; NPS (0-10) and CES (1-7) answers are excluded because their scales differ. The share of satisfied answers is CUSTOMER_SATISFACTION_CSAT

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score__survey_type_csat_and_score_is_not_null as measure
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'CUSTOMER_FEEDBACK_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
