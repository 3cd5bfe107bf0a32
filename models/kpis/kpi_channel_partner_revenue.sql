-- generated from definitions/kpis/channel_partner_revenue.yml; do not edit
-- Channel Partner Revenue: Σ amount of recognised revenue lines with channel = partner (deals a partner sourced), by recognition date (recognized_date); recognised revenue, not bookings (see PARTNER_SOURCED_BOOKINGS)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__channel_partner as measure
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'CHANNEL_PARTNER_REVENUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
