-- generated from definitions/kpis/customer_goal_achievement_rate.yml; do not edit
-- Customer Goal Achievement Rate: customer goals with status = achieved ÷ customer goals with status in (achieved, missed, abandoned), both by closed_at; open goals (not started, on track, at risk) are left out; house definition, no authoritative published formula

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_achieved as numerator
    from {{ ref('int_customer_goal__closed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_in_achieved_missed_abandoned as denominator
    from {{ ref('int_customer_goal__closed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

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
    'CUSTOMER_GOAL_ACHIEVEMENT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
