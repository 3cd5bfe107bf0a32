-- generated from definitions/kpis/sales_incentive_compensation_effectiveness.yml; do not edit
-- Sales Incentive Compensation Effectiveness: Σ bookings_amount ÷ Σ incentive_compensation_amount of the monthly rep performance scorecards (subject_type = sales_rep, period_type = month) that carry a bookings figure (account executives, account and channel managers: SDRs, paid on meetings, are left out), by scored period start; month, quarter and year only

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_bookings_amount__subject_type_sales_rep_and_per_73172dc0 as numerator
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_incentive_compensation_amount__subject_type_sal_405be1c0 as denominator
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
    'SALES_INCENTIVE_COMPENSATION_EFFECTIVENESS' as kpi_code,
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
