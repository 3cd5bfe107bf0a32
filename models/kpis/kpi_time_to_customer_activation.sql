-- generated from definitions/kpis/time_to_customer_activation.yml; do not edit
-- Time to Customer Activation: mean days_between(started_at, activated_at) over onboardings that reached activation in the period (by activated_at); started_at is the kickoff right after subscription start (SOMA Time to Customer Activation measures from subscription start)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_started_at_activated_at as measure
    from {{ ref('int_customer_onboarding__activated_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'TIME_TO_CUSTOMER_ACTIVATION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
