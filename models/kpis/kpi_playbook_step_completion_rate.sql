-- generated from definitions/kpis/playbook_step_completion_rate.yml; do not edit
-- Playbook Step Completion Rate: Σ steps_completed ÷ Σ steps_total over sales playbook applications whose opportunity closed in the period (by closed_at; outcome won, lost or no_decision)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_steps_completed__outcome_in_won_lost_no_decision as numerator
    from {{ ref('int_sales_playbook__closed_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_steps_total__outcome_in_won_lost_no_decision as denominator
    from {{ ref('int_sales_playbook__closed_at__measures') }}
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
    'PLAYBOOK_STEP_COMPLETION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
