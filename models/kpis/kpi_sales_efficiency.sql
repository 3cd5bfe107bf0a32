-- generated from definitions/kpis/sales_efficiency.yml; do not edit
-- Sales Efficiency (bookings per cost of sales): Σ booked deal amount (all deal types, by booked_at) ÷ sales force cost of the period (Σ annual_fully_loaded_cost of the reps employed at period end × days in period ÷ 365.25); the seed's "revenue generated ÷ cost of sales activities" made precise as bookings ÷ fully loaded sales cost

with bookings as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as bookings
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

annual_cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as annual_cost
    from {{ ref('kpi_sales_force_cost_run_rate') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from bookings

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from annual_cost

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(bookings.bookings, 0) as bookings,
        annual_cost.annual_cost,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join bookings using (grain, period_start, dimension, dimension_value)
    left join annual_cost using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'SALES_EFFICIENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(bookings as {{ type_double() }}) / nullif((cast(annual_cost * days_in_period as {{ type_double() }}) / nullif(365.25, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
