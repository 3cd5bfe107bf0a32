-- generated from definitions/kpis/forecast_slippage_rate.yml; do not edit
-- Forecast Slippage Rate (pipeline pushed out of the month): Σ slipped_amount ÷ Σ open_pipeline_amount of the first (week-1) rep-level bookings forecast submissions of each monthly forecast period (commit row, one per submission), by forecast period start; slipped_amount is the part of that pipeline still open at the period end with a later expected close date, taken from the opportunities' close-date history; periods count once they have ended; coarser grains add the months up, no week value

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_slipped_amount__is_first_of_period_true_and_for_4f770939 as numerator
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_open_pipeline_amount__is_first_of_period_true_a_b3da43a4 as denominator
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'FORECAST_SLIPPAGE_RATE' as kpi_code,
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
