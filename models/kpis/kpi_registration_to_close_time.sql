-- generated from definitions/kpis/registration_to_close_time.yml; do not edit
-- Registration-to-Close Time: mean of days_approval_to_close over approved registrations with deal_outcome = won, by close date (closed_at)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_approval_to_close__activity_type_deal_regi_04fb43a7 as measure
    from {{ ref('int_partner_portal__closed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

)

select
    'REGISTRATION_TO_CLOSE_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
