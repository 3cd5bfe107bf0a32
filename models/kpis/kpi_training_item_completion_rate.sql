-- generated from definitions/kpis/training_item_completion_rate.yml; do not edit
-- Training Item Completion Rate: Σ items_completed ÷ Σ items_assigned over rep enrolments (participant_type = rep, status <> exempt) with items_assigned > 0, by due date (due_date); the seed's completed training assignments ÷ assigned training tasks

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_items_completed__participant_type_rep_and_statu_298c4ce7 as numerator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_items_assigned__participant_type_rep_and_status_9f52f18b as denominator
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
    'TRAINING_ITEM_COMPLETION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
