-- generated from definitions/kpis/number_of_sales_calls.yml; do not edit
-- Number of Sales Calls: count of sales calls by dialed_at, outbound and inbound

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as measure
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'NUMBER_OF_SALES_CALLS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
