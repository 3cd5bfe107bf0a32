-- generated from definitions/kpis/behavioral_change_post_training.yml; do not edit
-- Behavioral Change Post-Training: post-training assessments (SALES_ASSESSMENT assessment_phase = post_training) with skill_applied_on_job = true ÷ post-training assessments with skill_applied_on_job recorded (true or false), by taken_at; assessments without an observation are left out; counted per assessment, not per rep

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__assessment_phase_post_training_and_skil_2057e808 as numerator
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__assessment_phase_post_training_and_skil_cc6c3a02 as denominator
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

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
    'BEHAVIORAL_CHANGE_POST_TRAINING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
