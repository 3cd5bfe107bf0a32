-- generated from definitions/kpis/average_first_response_time.yml; do not edit
-- Average First Response Time: mean of hours_between(opened_at, first_response_at) over support tickets opened in the period that have a human first response (automated replies do not count); calendar hours (SOMA Time to First Response, average)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_opened_at_first_response_at__firs_2d3a0efc as measure
    from {{ ref('int_support_ticket__opened_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'AVERAGE_FIRST_RESPONSE_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
