-- generated from definitions/kpis/deal_registration_approval_time.yml; do not edit
-- Deal Registration Time to Approval: median of hours_to_decision (submitted_at → reviewed_at) over registrations approved in the period, by approved_at (beefed.ai uses the median)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        median_hours_to_decision__activity_type_deal_regist_f8aa72c4 as measure
    from {{ ref('int_partner_portal__approved_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

)

select
    'DEAL_REGISTRATION_APPROVAL_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
