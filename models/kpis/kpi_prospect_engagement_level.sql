-- generated from definitions/kpis/prospect_engagement_level.yml; do not edit
-- Prospect Engagement Level: mean engagement_score of prospect enrollments by enrollment date (enrolled_at); the seed's "engagement metrics ÷ prospects" made precise as the mean of the per-prospect engagement score, which combines the engagement signals

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
    'PROSPECT_ENGAGEMENT_LEVEL' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
