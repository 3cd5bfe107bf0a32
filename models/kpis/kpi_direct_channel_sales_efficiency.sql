-- generated from definitions/kpis/direct_channel_sales_efficiency.yml; do not edit
-- Direct Channel Sales Efficiency: Σ amount of revenue lines with channel = direct (by recognized_date) ÷ (DIRECT_SALES_FORCE_COST_RUN_RATE × days in period ÷ 365.25); the seed's "revenue specific to a sales channel" made an efficiency by dividing the channel's revenue by the cost of the sellers of that channel

with direct_revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__channel_direct as direct_revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

annual_cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as annual_cost
    from {{ ref('kpi_direct_sales_force_cost_run_rate') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from direct_revenue

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
        coalesce(direct_revenue.direct_revenue, 0) as direct_revenue,
        annual_cost.annual_cost,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join direct_revenue using (grain, period_start, dimension, dimension_value)
    left join annual_cost using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'DIRECT_CHANNEL_SALES_EFFICIENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(direct_revenue as {{ type_double() }}) / nullif((cast(annual_cost * days_in_period as {{ type_double() }}) / nullif(365.25, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
