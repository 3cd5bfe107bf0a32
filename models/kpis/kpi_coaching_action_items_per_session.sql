-- generated from definitions/kpis/coaching_action_items_per_session.yml; do not edit
-- Coaching Action Items per Session: mean action_items_count over held coaching sessions with action_items_count recorded, by held_at; peer learning sessions (coaching_model = peer) are not counted

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_action_items_count__status_held_and_action_item_338a0b4a as measure
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

)

select
    'COACHING_ACTION_ITEMS_PER_SESSION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
