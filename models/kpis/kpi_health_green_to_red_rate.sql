-- generated from definitions/kpis/health_green_to_red_rate.yml; do not edit
-- Health Green-to-Red Rate: distinct customer_id of health snapshots recorded in the period (by recorded_at) with previous_health_status = green and health_status = red ÷ distinct customer_id of health snapshots recorded in the period with previous_health_status = green; null in periods without a scoring run

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__previous_health_status_920d5829 as numerator
    from {{ ref('int_customer_health_record__recorded_at__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__previous_health_status_green as denominator
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
    'HEALTH_GREEN_TO_RED_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
