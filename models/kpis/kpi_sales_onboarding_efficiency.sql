-- generated from definitions/kpis/sales_onboarding_efficiency.yml; do not edit
-- Sales Onboarding Efficiency: RAMP_TIME_TO_FIRST_QUOTA_ATTAINMENT (mean days from hire to the end of the first month at ≥ 100 % of quota, of the quota-carrying reps hired in the period, within 365 days of hire) ÷ REP_ONBOARDING_DURATION (mean days from enrolment to completion of the rep onboarding enrolments completed in the period); both in days, so the result is a ratio; the ramp is a hire cohort's, the duration the completions' of the same period; a period is reported once the ramp's 365-day window has ended

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_ramp_time_to_first_quota_attainment') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_rep_onboarding_duration') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        numerator.numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'SALES_ONBOARDING_EFFICIENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
