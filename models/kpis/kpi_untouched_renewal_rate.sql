-- generated from definitions/kpis/untouched_renewal_rate.yml; do not edit
-- Renewal Rate of Untouched Renewals: renewals with is_csm_touched = false and outcome in (renewed, upgraded, downgraded) ÷ renewals with is_csm_touched = false, both by due_date; pending renewals count as not renewed (as in CONTRACT_RENEWAL_RATE)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_csm_touched_false_and_outcome_in_ren_e317f3b8 as numerator
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_csm_touched_false as denominator
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
    'UNTOUCHED_RENEWAL_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
