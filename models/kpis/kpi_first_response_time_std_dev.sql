-- generated from definitions/kpis/first_response_time_std_dev.yml; do not edit
-- First Response Time Standard Deviation: population standard deviation of hours_between(opened_at, first_response_at) over support tickets opened in the period with a human first response = √(mean of squared hours − (mean hours)²), calendar hours

with mean_square as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_power_hours_between_opened_at_first_response_at_e2b1d75f as mean_square
    from {{ ref('int_support_ticket__opened_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

mean as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_opened_at_first_response_at__firs_2d3a0efc as mean
    from {{ ref('int_support_ticket__opened_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from mean_square

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from mean

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        mean_square.mean_square,
        mean.mean
    from input_keys
    left join mean_square using (grain, period_start, dimension, dimension_value)
    left join mean using (grain, period_start, dimension, dimension_value)

)

select
    'FIRST_RESPONSE_TIME_STD_DEV' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(sqrt(greatest(mean_square - mean * mean, 0)) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
