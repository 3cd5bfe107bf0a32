-- generated from definitions/kpis/deal_registrations_submitted.yml; do not edit
-- Deal Registrations Submitted: count of partner-portal rows with activity_type = deal_registration_submitted, by submitted_at (beefed.ai deal-registration volume)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_deal_registration_submitted as measure
    from {{ ref('int_partner_portal__submitted_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

)

select
    'DEAL_REGISTRATIONS_SUBMITTED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
