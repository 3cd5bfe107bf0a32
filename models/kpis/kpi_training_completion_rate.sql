-- generated from definitions/kpis/training_completion_rate.yml; do not edit
-- Training Completion Rate: rep enrolments (participant_type = rep, status <> exempt) with completed_at set ÷ rep enrolments with status <> exempt, both by due date (due_date); completion at any time up to the data end counts (on time or late); eligible = assigned − exempt; partner learners excluded (Partner Training Completion Rate)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__participant_type_rep_and_status_ne_exem_fdcbb1e2 as numerator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__participant_type_rep_and_status_ne_exempt as denominator
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
    'TRAINING_COMPLETION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
