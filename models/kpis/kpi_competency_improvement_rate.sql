-- generated from definitions/kpis/competency_improvement_rate.yml; do not edit
-- Competency Improvement Rate: per rep and period (SALES_ASSESSMENT by taken_at): pre = mean score of assessment_phase = pre_training, post = mean score of assessment_phase = post_training other than certification exams (which have no pre-test); reps with post > pre ÷ reps with both a pre and a post score in the period (reps with only one of them are not counted)

with pre_score as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        avg_score__assessment_phase_pre_training as pre_score
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

post_score as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        avg_score__assessment_phase_post_training_and_asses_914e8580 as post_score
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from pre_score

    union

    select
        grain,
        period_start,
        entity_value
    from post_score

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        pre_score.pre_score,
        post_score.post_score
    from entities
    left join pre_score using (grain, period_start, entity_value)
    left join post_score using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        post_score - pre_score as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        cast(count(case when value > 0 then 1 end) as {{ type_double() }}) as entities_meeting,
        cast(count(*) as {{ type_double() }}) as entities_measured
    from valued
    where value is not null
    group by grain, period_start

)

select
    'COMPETENCY_IMPROVEMENT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(entities_meeting / nullif(entities_measured, 0) as {{ type_double() }}) as value,
    cast(entities_meeting as {{ type_double() }}) as numerator,
    cast(entities_measured as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
