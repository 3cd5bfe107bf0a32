-- generated from definitions/kpis/prospect_engagement_score.yml; do not edit
-- Prospect Engagement Score: Σ engagement_score ÷ number of scored prospect engagements enrolled in the period, by enrolled_at; the seed's per-prospect sum of engagement activity scores is the engagement_score of each enrolment, averaged over prospects

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_engagement_score as measure
    from {{ ref('int_prospect_engagement__enrolled_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM')

)

select
    'PROSPECT_ENGAGEMENT_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
