-- generated from definitions/kpis/customer_satisfaction_csat.yml; do not edit
-- Customer Satisfaction (CSAT): CSAT survey answers with score 4 or 5 ÷ all answered CSAT surveys (score 1–5), by responded_at (top-2-box method recommended by GetFeedback/SoGoSurvey, not the mean score)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__survey_type_csat_and_score_in_4_5 as numerator
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__survey_type_csat_and_score_between_1_and_5 as denominator
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

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
    'CUSTOMER_SATISFACTION_CSAT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
