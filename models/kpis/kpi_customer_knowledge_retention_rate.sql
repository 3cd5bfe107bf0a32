-- generated from definitions/kpis/customer_knowledge_retention_rate.yml; do not edit
-- Customer Knowledge Retention Rate: mean follow_up_assessment_score ÷ 100 (share of correct answers, 0–100 scale) over customer education enrolments with a follow-up knowledge check taken in the period (by follow_up_assessed_at); each check weighs the same

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_follow_up_assessment_score_100_0__follow_up_ass_f047a305 as measure
    from {{ ref('int_customer_education__follow_up_assessed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

)

select
    'CUSTOMER_KNOWLEDGE_RETENTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
