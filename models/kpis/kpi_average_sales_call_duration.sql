-- generated from definitions/kpis/average_sales_call_duration.yml; do not edit
-- Average Sales Call Duration: Σ duration_seconds ÷ 60 ÷ number of sales calls with a recorded duration, by dial time (dialed_at); all calls, connected or not (the talk time of connected calls alone is Average Talk Time per Connected Call)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_duration_seconds_60_0 as measure
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'AVERAGE_SALES_CALL_DURATION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
