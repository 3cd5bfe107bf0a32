-- generated from definitions/kpis/scored_arr.yml; do not edit
-- Health-Scored ARR: Σ customer_health_record.arr over the health snapshots in force at period end (recorded_at < period end, superseded_at empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr as snapshot
    from {{ ref('int_customer_health_record__recorded_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from snapshot

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
        snapshot
    from snapshot

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as snapshot
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
        sum(snapshot) as snapshot
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'SCORED_ARR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
