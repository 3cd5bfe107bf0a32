-- generated from definitions/kpis/average_sales_training_hours.yml; do not edit
-- Average Sales Training Hours: Σ hours of rep training enrolments (participant_type = rep) completed in the period (by completed_at) ÷ sales headcount at period end (ACTIVE_SALES_REPS); partner learners excluded

with hours as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_hours__participant_type_rep_and_status_completed as hours
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

headcount as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as headcount
    from {{ ref('kpi_active_sales_reps') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from hours

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from headcount

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(hours.hours, 0) as hours,
        headcount.headcount
    from input_keys
    left join hours using (grain, period_start, dimension, dimension_value)
    left join headcount using (grain, period_start, dimension, dimension_value)

)

select
    'AVERAGE_SALES_TRAINING_HOURS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(hours as {{ type_double() }}) / nullif(headcount, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
