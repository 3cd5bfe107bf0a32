-- generated from definitions/kpis/partner_sourced_bookings.yml; do not edit
-- Partner-Sourced Bookings: Σ deal amount (TCV) of deals with is_partner_sourced = true (approved registration made before vendor engagement), by booking date; influenced-only deals excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__is_partner_sourced_true as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PARTNER_SOURCED_BOOKINGS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
