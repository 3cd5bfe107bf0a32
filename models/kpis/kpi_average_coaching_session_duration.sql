-- generated from definitions/kpis/average_coaching_session_duration.yml; do not edit
-- Average Coaching Session Duration: mean duration_minutes over coaching sessions with status = held and a duration recorded, by held_at; peer learning sessions (coaching_model = peer) are not counted

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_duration_minutes__status_held_and_duration_minu_0962a8ff as measure
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

)

select
    'AVERAGE_COACHING_SESSION_DURATION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
