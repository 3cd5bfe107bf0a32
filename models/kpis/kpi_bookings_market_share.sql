-- generated from definitions/kpis/bookings_market_share.yml; do not edit
-- Market Share (Annualised Bookings): (Σ annual_contract_value of opportunities closed won in the period, by close date, × 365 ÷ days in period) ÷ SERVED_MARKET_SIZE (Σ market_size_amount of markets served at period end). Value-based variant; our sales are measured as won ACV because no revenue per market is recorded.

with won_acv as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_annual_contract_value__stage_closed_won as won_acv
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'MARKET')

),

market_sales as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as market_sales
    from {{ ref('kpi_served_market_size') }}
    where dimension in ('overall', 'MARKET')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from won_acv

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from market_sales

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(won_acv.won_acv, 0) as won_acv,
        market_sales.market_sales,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join won_acv using (grain, period_start, dimension, dimension_value)
    left join market_sales using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'BOOKINGS_MARKET_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(won_acv * 365.0 as {{ type_double() }}) / nullif(days_in_period, 0) / nullif(market_sales, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
