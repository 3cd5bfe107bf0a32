-- generated from definitions/kpis/sales_messaging_consistency_score.yml; do not edit
-- Sales Messaging Consistency Score: mean of score ÷ 100 over sales assessments with skill_area = messaging, by taken_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score_100_0__skill_area_messaging as measure
    from {{ ref('int_sales_assessment__taken_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'SALES_MESSAGING_CONSISTENCY_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
