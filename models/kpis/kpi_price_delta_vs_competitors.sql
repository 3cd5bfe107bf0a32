-- generated from definitions/kpis/price_delta_vs_competitors.yml; do not edit
-- Price Premium over Competitors: mean price_delta_pct ((our price − competitor's) ÷ competitor's) of the competitive win/loss analyses with a price delta recorded, by the opportunity's closed_at; unweighted by deal size

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_price_delta_pct__price_delta_pct_is_not_null as measure
    from {{ ref('int_competitive_analysis__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'MARKET', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PRICE_DELTA_VS_COMPETITORS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
