-- generated from definitions/kpis/rep_onboarding_duration.yml; do not edit
-- Average Time to Onboard New Sales Reps: mean of days_between(enrolled_at, completed_at) over rep enrolments in onboarding programs (participant_type = rep, program_type = onboarding, status = completed), by completion date (completed_at); the seed's Σ onboarding duration ÷ new reps onboarded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_enrolled_at_completed_at__particip_a126553e as measure
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'REP_ONBOARDING_DURATION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
