-- generated from definitions/kpis/channel_partner_performance_scorecard.yml; do not edit
-- Channel Partner Performance Score: mean overall_score (the scorecard's overall performance score, 0-100) of performance scorecards with subject_type = channel_partner, by scored period start (period_start); scorecards are quarterly, so values fall in the first month of each quarter

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_overall_score__subject_type_channel_partner as measure
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'CHANNEL_PARTNER_PERFORMANCE_SCORECARD' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
