-- generated from definitions/kpis/number_of_active_channel_partners.yml; do not edit
-- Number of Active Channel Partners: count of channel partners with activated_at (first closed deal) < period end and (terminated_at empty or terminated_at ≥ period end); recruited partners that have not yet sold are not active (the lifecycle definition; portal engagement in the period is PARTNER_PORTAL_UTILIZATION_RATE)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_channel_partner__activated_at__snapshots') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'NUMBER_OF_ACTIVE_CHANNEL_PARTNERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
