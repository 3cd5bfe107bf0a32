-- generated from definitions/kpis/partner_satisfaction_index.yml; do not edit
-- Partner Satisfaction Index: mean partner_satisfaction_score (1-5, 5 = very satisfied) of the channel-partner scorecards with an answer, by scored period start (quarterly; values in the first month of each quarter); the seed's × 100 is left out, the index is on the survey's 1-5 scale. A house definition (no citable PSAT formula)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_partner_satisfaction_score__subject_type_channe_75d0040c as measure
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'PARTNER_SATISFACTION_INDEX' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
