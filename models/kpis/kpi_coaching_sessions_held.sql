-- generated from definitions/kpis/coaching_sessions_held.yml; do not edit
-- Coaching Sessions Held: count of sales coaching sessions with status = held, by held_at; the seed's sessions per time period; peer learning sessions (coaching_model = peer) are not counted

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_coaching_model_is_null_ea912ba8 as measure
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from measure

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

with_zeros as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        measure
    from measure

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as measure
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain

),

filled as (

    -- a period without events counts 0
    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum(measure) as measure
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'COACHING_SESSIONS_HELD' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
