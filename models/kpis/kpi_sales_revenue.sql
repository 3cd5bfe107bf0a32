-- generated from definitions/kpis/sales_revenue.yml; do not edit
-- Sales Revenue: Σ (amount − refund_amount) of sales by sale date (sold_at); one-time and recurring sales, every channel

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount_coalesce_refund_amount_0 as measure
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'SALES_REVENUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
