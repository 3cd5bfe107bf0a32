-- generated from definitions/kpis/time_spent_selling.yml; do not edit
-- Time Spent Selling: Σ selling_hours ÷ Σ working_hours of monthly rep scorecards (subject_type = sales_rep, period_type = month), by period_start; evaluate at month grain or coarser

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_selling_hours__subject_type_sales_rep_and_perio_d79a2ef8 as numerator
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_working_hours__subject_type_sales_rep_and_perio_70a78adc as denominator
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'TIME_SPENT_SELLING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
