-- generated from definitions/kpis/average_lead_score.yml; do not edit
-- Average Lead Score: Σ score ÷ number of scored leads created in the period (is_duplicate not true, score not empty), by created_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score__score_is_not_null_and_coalesce_is_duplic_81f9dc66 as measure
    from {{ ref('int_lead__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_LEAD_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
