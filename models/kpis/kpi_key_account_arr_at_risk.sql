-- generated from definitions/kpis/key_account_arr_at_risk.yml; do not edit
-- Key Account ARR at Risk: Σ arr_at_risk of account risks of key accounts (key_account_id set) identified before period end and not closed by then (resolved_at empty or ≥ period end); overlapping risks of one account each count

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr_at_risk__key_account_id_is_not_null as snapshot
    from {{ ref('int_account_risk__identified_at__snapshots') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

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
    'KEY_ACCOUNT_ARR_AT_RISK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
