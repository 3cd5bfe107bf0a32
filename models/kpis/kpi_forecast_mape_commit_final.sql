-- generated from definitions/kpis/forecast_mape_commit_final.yml; do not edit
-- Forecast MAPE (Final Commit, per rep): mean over reps of |forecast − actual| ÷ actual, where per rep and period forecast = Σ forecast_amount of the rep-level bookings forecast submissions with forecast_category = commit, is_final = true and period_type = month (by forecast period start; a quarter or year adds its months' calls) and actual = Σ annual_contract_value of the deals credited to the rep (by booked_at; the forecast is an ACV call); reps without bookings in the period (actual = 0, error undefined) or without a call are excluded; month, quarter and year only (a forecast period is a month)

with forecast as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_forecast_amount__forecast_level_rep_and_forecas_0ab653e6 as forecast
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

actual as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_annual_contract_value as actual
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from forecast

    union

    select
        grain,
        period_start,
        entity_value
    from actual

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(forecast.forecast, 0) as forecast,
        coalesce(actual.actual, 0) as actual
    from entities
    left join forecast using (grain, period_start, entity_value)
    left join actual using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        cast(abs(forecast - actual) as {{ type_double() }}) / nullif(actual, 0) as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        avg(value) as aggregated_value
    from valued
    where value is not null and forecast > 0 and actual > 0
    group by grain, period_start

)

select
    'FORECAST_MAPE_COMMIT_FINAL' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
where grain in ('month', 'quarter', 'year')
