-- generated from definitions/kpis/partner_quarterly_performance_trend.yml; do not edit
-- Partner Quarterly Performance Trend: mean score_change_vs_prior (overall_score − the same partner's previous quarterly overall_score) of quarterly channel-partner scorecards, by scored period start; partners without a previous scorecard are left out. The seed's comparison of performance over successive quarters, made precise on the scorecard's overall score

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_score_change_vs_prior__subject_type_channel_par_9e020a37 as measure
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'PARTNER_QUARTERLY_PERFORMANCE_TREND' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
