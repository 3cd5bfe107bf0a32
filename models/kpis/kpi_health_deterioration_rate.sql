-- generated from definitions/kpis/health_deterioration_rate.yml; do not edit
-- Health Status Deterioration Rate: distinct customer_id of health snapshots recorded in the period (by recorded_at) with (previous_health_status = green and health_status in (yellow, red)) or (previous_health_status = yellow and health_status = red) ÷ distinct customer_id of health snapshots recorded in the period that have a previous status; null in periods without a scoring run

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__previous_health_status_0909e9f9 as numerator
    from {{ ref('int_customer_health_record__recorded_at__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__previous_health_status_7f2fe4be as denominator
    from {{ ref('int_customer_health_record__recorded_at__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

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
    'HEALTH_DETERIORATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
