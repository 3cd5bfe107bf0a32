-- generated from definitions/kpis/on_time_renewal_rate.yml; do not edit
-- On-Time Renewal Rate: renewals with outcome in (renewed, upgraded, downgraded) and days_late = 0 ÷ all renewals due in the period, both by due_date (GitLab On Time Renewal Rate, contract count basis)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_in_renewed_upgraded_downgraded_df7823fb as numerator
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

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
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'ON_TIME_RENEWAL_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
