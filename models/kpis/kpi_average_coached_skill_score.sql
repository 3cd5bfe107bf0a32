-- generated from definitions/kpis/average_coached_skill_score.yml; do not edit
-- Average Coached Skill Score: mean skill_score (1–5) over held coaching sessions with a skill_score, by held_at; peer learning sessions (coaching_model = peer) are not counted

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_skill_score__status_held_and_skill_score_is_not_a60b8171 as measure
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

)

select
    'AVERAGE_COACHED_SKILL_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
