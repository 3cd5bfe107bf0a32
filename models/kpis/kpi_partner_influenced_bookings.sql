-- generated from definitions/kpis/partner_influenced_bookings.yml; do not edit
-- Partner-Influenced Bookings: Σ deal amount (TCV) of deals with is_partner_influenced = true (vendor-created opportunity with material partner involvement), by booking date (booked_at); partner-sourced deals are not included (reported by PARTNER_SOURCED_BOOKINGS)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__is_partner_influenced_true as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PARTNER_INFLUENCED_BOOKINGS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
