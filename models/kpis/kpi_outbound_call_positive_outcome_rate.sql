-- generated from definitions/kpis/outbound_call_positive_outcome_rate.yml; do not edit
-- Outbound Call Positive Outcome Rate: outbound calls with outcome in (meeting_booked, callback_requested) ÷ outbound calls (dials), by dialed_at; the seed's "positive outcomes" made precise as these two outcomes

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_outcome_in_meeti_bb7065dd as numerator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound as denominator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'OUTBOUND_CALL_POSITIVE_OUTCOME_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
