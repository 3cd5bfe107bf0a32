-- generated from definitions/kpis/training_relevance_rating.yml; do not edit
-- Training Relevance Rating: mean relevance_rating (1–5) over enablement feedback with item_type = training and a relevance_rating, by submitted_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_relevance_rating__item_type_training_and_releva_cb5be81b as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'TRAINING_RELEVANCE_RATING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
