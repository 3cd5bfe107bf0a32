-- generated from definitions/kpis/buyer_sales_experience_rating.yml; do not edit
-- Buyer Rating of the Sales Experience: mean sales_experience_rating (1 = poor, 5 = excellent) of the competitive win/loss analyses completed in the period (by analysed_at) from buyer interviews or third-party interviews with a rating recorded; rep surveys carry no buyer rating

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_sales_experience_rating__sales_experience_ratin_91eac0d0 as measure
    from {{ ref('int_competitive_analysis__analysed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'MARKET', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'BUYER_SALES_EXPERIENCE_RATING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
