-- generated from definitions/kpis/cost_of_sales_to_revenue_ratio.yml; do not edit
-- Cost of Sales to Revenue Ratio: sales force cost of the period ÷ revenue recognised in the period, where sales force cost = Σ annual_fully_loaded_cost of the reps employed at period end × days in period ÷ 365.25 and revenue = Σ revenue amount by recognized_date; sales cost only (marketing not included)

with annual_cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as annual_cost
    from {{ ref('kpi_sales_force_cost_run_rate') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from annual_cost

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from revenue

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        annual_cost.annual_cost,
        coalesce(revenue.revenue, 0) as revenue,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join annual_cost using (grain, period_start, dimension, dimension_value)
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'COST_OF_SALES_TO_REVENUE_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(annual_cost * days_in_period as {{ type_double() }}) / nullif(365.25, 0) / nullif(revenue, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
