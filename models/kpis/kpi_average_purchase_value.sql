-- generated from definitions/kpis/average_purchase_value.yml; do not edit
-- Average Purchase Value: Σ (amount − refund_amount) of sales ÷ number of sales, by sold_at (one sale = one product line of a deal or an online purchase)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_amount_coalesce_refund_amount_0 as measure
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_PURCHASE_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
