-- generated from definitions/kpis/enablement_relevance_score.yml; do not edit
-- Enablement Relevance Score: mean of relevance_rating (1-5) over enablement feedback responses with one, by submitted_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_relevance_rating__relevance_rating_is_not_null as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'ENABLEMENT_RELEVANCE_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
