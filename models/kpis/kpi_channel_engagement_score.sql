-- generated from definitions/kpis/channel_engagement_score.yml; do not edit
-- Channel Engagement Score: mean activity_score (the scorecard's 0-100 activity volume and quality score: interaction points earned out of 100 possible) of performance scorecards with subject_type = channel_partner, by scored period start; the seed's points earned ÷ possible points is this score ÷ 100

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_activity_score__subject_type_channel_partner as measure
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'CHANNEL_ENGAGEMENT_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
