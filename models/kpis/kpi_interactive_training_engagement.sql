-- generated from definitions/kpis/interactive_training_engagement.yml; do not edit
-- Interactive Training Engagement: Σ items_completed ÷ Σ items_assigned over rep enrolments in interactive programs (participant_type = rep, delivery_method in (virtual_live, classroom, blended), status <> exempt, items_assigned > 0), by due date (due_date); self_paced_online enrolments do not count as interactive

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_items_completed__participant_type_rep_and_deliv_362dcc3d as numerator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_items_assigned__participant_type_rep_and_delive_662767f4 as denominator
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
    'INTERACTIVE_TRAINING_ENGAGEMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
