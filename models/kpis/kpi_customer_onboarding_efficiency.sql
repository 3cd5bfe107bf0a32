-- generated from definitions/kpis/customer_onboarding_efficiency.yml; do not edit
-- Average Onboarding Duration: mean days_between(started_at, completed_at) of customer onboardings completed in the period (by completed_at); the seed's "total onboarding time ÷ customers onboarded"

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_started_at_completed_at as measure
    from {{ ref('int_customer_onboarding__completed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'CUSTOMER_ONBOARDING_EFFICIENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
