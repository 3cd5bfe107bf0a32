-- generated from definitions/kpis/trainer_to_trainee_ratio.yml; do not edit
-- Trainer-to-Trainee Ratio: distinct trainer_id ÷ distinct sales_rep_id over rep enrolments in instructor-led programs (participant_type = rep, delivery_method in (virtual_live, classroom, blended), trainer_id set) started in the period (started_at)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_trainer_id__participant_type_rep_and_c9b1b055 as numerator
    from {{ ref('int_sales_training_program__started_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__participant_type_rep_a_bcef32e3 as denominator
    from {{ ref('int_sales_training_program__started_at__measures') }}
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
    'TRAINER_TO_TRAINEE_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
