-- generated from definitions/kpis/sales_team_productivity.yml; do not edit
-- Sales Team Productivity (bookings per rep working hour): Σ booked deal amount (all deal types, by booked_at) ÷ Σ working_hours of the monthly rep scorecards (subject_type = sales_rep, period_type = month, by period_start); Σ working_hours over the reps is the reps × hours worked of the seed formula; month, quarter and year only (a scorecard covers a month)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as numerator
    from {{ ref('int_deal__booked_at__measures') }}
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
    'SALES_TEAM_PRODUCTIVITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month', 'quarter', 'year')
