-- generated from definitions/kpis/coaching_session_usefulness_rating.yml; do not edit
-- Coaching Session Usefulness Rating: mean rep_rating (1–5) over held coaching sessions with a rep_rating, by held_at; peer learning sessions (coaching_model = peer) are not counted

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_rep_rating__status_held_and_rep_rating_is_not_n_80a674b4 as measure
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

)

select
    'COACHING_SESSION_USEFULNESS_RATING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
