-- generated from definitions/kpis/customer_effort_score.yml; do not edit
-- Customer Effort Score (CES 2.0): mean score of CES survey answers received in the period (by responded_at) on the CES 2.0 scale 1 = strongly disagree … 7 = strongly agree that the company made it easy; higher is better

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score__survey_type_ces_and_score_between_1_and_7 as measure
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'CUSTOMER_EFFORT_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
