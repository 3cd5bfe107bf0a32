-- generated from definitions/kpis/partner_portal_registered_users.yml; do not edit
-- Partner Portal Registered Users: Σ portal_user_count of channel partners with recruited_at < period end and (terminated_at empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_portal_user_count as snapshot
    from {{ ref('int_channel_partner__recruited_at__snapshots') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'PARTNER_PORTAL_REGISTERED_USERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
