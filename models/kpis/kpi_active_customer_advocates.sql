-- generated from definitions/kpis/active_customer_advocates.yml; do not edit
-- Active Customer Advocates: count of distinct advocate_id over advocacy records whose advocate enrolled before period end (enrolled_at) and has not left by then (left_at empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_advocate_id as snapshot
    from {{ ref('int_customer_advocacy_program__enrolled_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

)

select
    'ACTIVE_CUSTOMER_ADVOCATES' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
