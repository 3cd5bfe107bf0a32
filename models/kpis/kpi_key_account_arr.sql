-- generated from definitions/kpis/key_account_arr.yml; do not edit
-- Key Account ARR: Σ subscription.arr (MRR × 12) of subscriptions with is_key_account = true whose interval [start_date, end_date) covers the period end (snapshot at period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr__is_key_account_true as snapshot
    from {{ ref('int_subscription__start_date__snapshots') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'KEY_ACCOUNT_ARR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
