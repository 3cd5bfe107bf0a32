-- generated from definitions/kpis/average_assessment_score.yml; do not edit
-- Average Sales Assessment Score: mean score (0–100) over sales assessments by taken_at, every type and phase

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score as measure
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'AVERAGE_ASSESSMENT_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
