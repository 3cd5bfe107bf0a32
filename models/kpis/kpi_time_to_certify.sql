-- generated from definitions/kpis/time_to_certify.yml; do not edit
-- Time to Certify: mean of days_between(enrolled_at, certified_at) over rep certification enrolments (participant_type = rep, program_type = certification) with certified_at set, by certification date (certified_at)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_enrolled_at_certified_at__particip_ea4e5449 as measure
    from {{ ref('int_sales_training_program__certified_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'TIME_TO_CERTIFY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
