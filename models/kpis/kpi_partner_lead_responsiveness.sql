-- generated from definitions/kpis/partner_lead_responsiveness.yml; do not edit
-- Partner Lead Responsiveness: mean of hours_between(passed_to_partner_at, partner_followed_up_at) over leads passed to a partner (passed_to_partner_id set) that the partner followed up, by the hand-over time (passed_to_partner_at); leads not yet followed up are left out

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_passed_to_partner_at_partner_foll_3882526e as measure
    from {{ ref('int_lead__passed_to_partner_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'PARTNER_LEAD_RESPONSIVENESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
