-- generated from definitions/kpis/average_order_value_aov.yml; do not edit
-- Average Order Value (AOV): Σ (sale amount − refund amount) ÷ number of sales, by sold_at (mean net order value)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_amount_coalesce_refund_amount_0 as measure
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_CHANNEL', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_ORDER_VALUE_AOV' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
