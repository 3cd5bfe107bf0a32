-- generated from definitions/kpis/key_accounts_with_current_plan.yml; do not edit
-- Key Accounts with a Current Account Plan: count of distinct key_account_id over account plans approved before period end (approved_at < period end) and still in force then (ended_at empty or ≥ period end; ended_at is the day after the plan period, or the account's exit for an abandoned plan), i.e. a snapshot at period end; a plan approved before its year starts counts from its approval

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_key_account_id as snapshot
    from {{ ref('int_account_plan__approved_at__snapshots') }}
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
    'KEY_ACCOUNTS_WITH_CURRENT_PLAN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
