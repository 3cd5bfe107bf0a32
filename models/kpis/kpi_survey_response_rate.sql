-- generated from definitions/kpis/survey_response_rate.yml; do not edit
-- Customer Survey Response Rate: customer_feedback surveys with responded_at set ÷ all customer_feedback surveys, both by sent_at (survey cohort of the period, so the latest periods rise while answers come in); every survey type and context

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__responded_at_is_not_null as numerator
    from {{ ref('int_customer_feedback__sent_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_customer_feedback__sent_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

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
    'SURVEY_RESPONSE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
