-- generated from definitions/kpis/arr_renewal_rate.yml; do not edit
-- ARR Renewal Rate: Σ renewal.renewed_arr of renewals with outcome in (renewed, upgraded, downgraded) ÷ Σ renewal.previous_arr of all renewals due in the period (exposed ARR), both by due_date (SOMA MRR Renewal Rate on an ARR basis; GitLab Total Renewal Rate)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_renewed_arr__outcome_in_renewed_upgraded_downgraded as numerator
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_previous_arr as denominator
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
    'ARR_RENEWAL_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
