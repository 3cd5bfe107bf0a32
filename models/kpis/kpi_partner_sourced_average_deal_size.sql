-- generated from definitions/kpis/partner_sourced_average_deal_size.yml; do not edit
-- Partner-Sourced Average Deal Size: Σ amount of deals with is_partner_sourced = true ÷ number of those deals, by booking date (booked_at) (partner-sourced bookings ÷ partner-sourced won deals)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_amount__is_partner_sourced_true as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PARTNER_SOURCED_AVERAGE_DEAL_SIZE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
