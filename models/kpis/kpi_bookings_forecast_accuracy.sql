-- generated from definitions/kpis/bookings_forecast_accuracy.yml; do not edit
-- Bookings Forecast Accuracy: 1 − |actual − forecast| ÷ forecast, where actual = Σ booked deal amount by booking date and forecast = Σ forecast_amount of the final (is_final) rep-level commit bookings submissions for monthly forecast periods, by period start (ooligo variant: error relative to the forecast)

with actual as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as actual
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

forecast as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_forecast_amount__is_final_true_and_forecast_lev_824d826a as forecast
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from actual

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from forecast

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(actual.actual, 0) as actual,
        coalesce(forecast.forecast, 0) as forecast
    from input_keys
    left join actual using (grain, period_start, dimension, dimension_value)
    left join forecast using (grain, period_start, dimension, dimension_value)

)

select
    'BOOKINGS_FORECAST_ACCURACY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(1 - cast(abs(actual - forecast) as {{ type_double() }}) / nullif(forecast, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month', 'quarter', 'year')
