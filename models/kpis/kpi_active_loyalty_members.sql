-- generated from definitions/kpis/active_loyalty_members.yml; do not edit
-- Active Loyalty Program Members: count of distinct loyalty_program.customer_id over memberships whose interval [joined_at, left_at) covers the period end (snapshot at period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id as snapshot
    from {{ ref('int_loyalty_program__joined_at__snapshots') }}
    where dimension in ('overall', 'SEGMENT')

)

select
    'ACTIVE_LOYALTY_MEMBERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
