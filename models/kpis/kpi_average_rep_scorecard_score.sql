-- generated from definitions/kpis/average_rep_scorecard_score.yml; do not edit
-- Average Rep Scorecard Score: mean overall_score of the performance scorecards with subject_type = 'sales_rep' and period_type = 'month', by scored period start (period_start); a quarter or year averages the scorecards of its months; month, quarter and year only (scorecards are monthly)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_overall_score__subject_type_sales_rep_and_perio_edb09354 as measure
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'AVERAGE_REP_SCORECARD_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
where grain in ('month', 'quarter', 'year')
