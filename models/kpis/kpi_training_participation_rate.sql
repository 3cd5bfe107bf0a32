-- generated from definitions/kpis/training_participation_rate.yml; do not edit
-- Training Participation Rate: distinct sales_rep_id with a required rep enrolment (participant_type = rep, is_required = true, status <> exempt) due in the period and completed (completed_at set) ÷ distinct sales_rep_id with a required rep enrolment due in the period (status <> exempt), by due date (due_date); eligible = reps assigned mandatory training

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__participant_type_rep_a_57e0fbc1 as numerator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__participant_type_rep_a_82e8f997 as denominator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

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
    'TRAINING_PARTICIPATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
