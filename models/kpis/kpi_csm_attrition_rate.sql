-- generated from definitions/kpis/csm_attrition_rate.yml; do not edit
-- Customer Success Team Attrition Rate: customer success managers with role_end_date in the period ÷ average headcount, where average headcount = (headcount at period start + headcount at period end) ÷ 2 and headcount at period start = headcount at period end (ACTIVE_CUSTOMER_SUCCESS_MANAGERS) − role starts in the period (role_start_date) + departures in the period; not annualised; can exceed 1 on a small slice

with departures as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as departures
    from {{ ref('int_customer_success_manager__role_end_date__measures') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

starts as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as starts
    from {{ ref('int_customer_success_manager__role_start_date__measures') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

headcount as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as headcount
    from {{ ref('kpi_active_customer_success_managers') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from departures

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from starts

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from headcount

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(departures.departures, 0) as departures,
        coalesce(starts.starts, 0) as starts,
        headcount.headcount
    from input_keys
    left join departures using (grain, period_start, dimension, dimension_value)
    left join starts using (grain, period_start, dimension, dimension_value)
    left join headcount using (grain, period_start, dimension, dimension_value)

)

select
    'CSM_ATTRITION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(departures as {{ type_double() }}) / nullif((headcount - cast((starts - departures) as {{ type_double() }}) / nullif(2.0, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
