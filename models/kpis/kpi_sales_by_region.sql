-- generated from definitions/kpis/sales_by_region.yml; do not edit
-- Sales Revenue (by Region): Σ (amount − refund_amount) of sales by sold_at; read the TERRITORY slice for revenue per region (territory of the sale)

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
    'SALES_BY_REGION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
