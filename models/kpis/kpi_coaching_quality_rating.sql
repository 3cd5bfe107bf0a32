-- generated from definitions/kpis/coaching_quality_rating.yml; do not edit
-- Coaching Quality Rating: mean rating (1–5) over enablement feedback with item_type = coaching_session and a rating, by submitted_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_rating__item_type_coaching_session_and_rating_i_11165b86 as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'COACHING_QUALITY_RATING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
