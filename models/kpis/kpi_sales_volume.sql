-- generated from definitions/kpis/sales_volume.yml; do not edit
-- Sales Volume (units): Σ quantity of sales by sold_at with is_returned not true; the seed's "products sold or total revenue" made precise as units sold

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quantity__coalesce_is_returned_false_false as measure
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'SALES_VOLUME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
