-- generated from definitions/kpis/cost_per_sale.yml; do not edit
-- Cost per Sale (CPS): Sales Force Cost Run Rate (Σ annual_fully_loaded_cost of the reps employed at period end) × days in the period ÷ 365.25 ÷ deals booked in the period (every deal type, by booked_at); null without a deal

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

deals as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as deals
    from {{ ref('int_deal__booked_at__measures') }}
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
    from deals

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        annual_cost.annual_cost,
        coalesce(deals.deals, 0) as deals,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join annual_cost using (grain, period_start, dimension, dimension_value)
    left join deals using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'COST_PER_SALE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(annual_cost * days_in_period as {{ type_double() }}) / nullif(365.25, 0) / nullif(deals, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
