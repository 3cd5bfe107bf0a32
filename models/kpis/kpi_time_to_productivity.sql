-- generated from definitions/kpis/time_to_productivity.yml; do not edit
-- Time to Productivity (ramp time): mean of days_between(hire_date, ramp_end_date) over quota-carrying reps whose ramp_end_date falls in the period (by ramp_end_date); end point = full quota (not first deal), as the seed's "performance benchmark"

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_hire_date_ramp_end_date__is_quota_2c8a0849 as measure
    from {{ ref('int_sales_representative__ramp_end_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'TIME_TO_PRODUCTIVITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
