-- generated from definitions/kpis/training_cost_per_rep_trained.yml; do not edit
-- Training Cost per Rep Trained: Σ cost of rep enrolments completed in the period (participant_type = rep, status = completed, by completed_at) ÷ distinct sales_rep_id of those enrolments; the seed's total training costs ÷ reps trained, with the cost of enrolments never completed left out of both

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost__participant_type_rep_and_status_completed as numerator
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__participant_type_rep_a_2dc1a012 as denominator
    from {{ ref('int_sales_training_program__completed_at__measures') }}
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
    'TRAINING_COST_PER_REP_TRAINED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
