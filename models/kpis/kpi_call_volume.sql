-- generated from definitions/kpis/call_volume.yml; do not edit
-- Call Volume: count of sales calls by dial time (dialed_at), outbound and inbound, every seller role, connected or not

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
    'CALL_VOLUME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
