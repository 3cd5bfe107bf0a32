-- generated from definitions/kpis/enablement_average_satisfaction.yml; do not edit
-- Sales Enablement Satisfaction Score: mean of rating (1-5) over enablement feedback responses with a rating, by submitted_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_rating__rating_is_not_null as measure
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'ENABLEMENT_AVERAGE_SATISFACTION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
