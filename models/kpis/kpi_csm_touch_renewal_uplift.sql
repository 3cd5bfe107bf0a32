-- generated from definitions/kpis/csm_touch_renewal_uplift.yml; do not edit
-- CSM-Touched vs Untouched Renewal Rate Uplift: touched renewal rate − untouched renewal rate, where touched = renewals due in the period (by due_date) with is_csm_touched = true (a CSM renewal check-in in the 120 days before due_date) and untouched = renewals due in the period with is_csm_touched = false; each rate = renewals with outcome in (renewed, upgraded, downgraded) ÷ all renewals of its population (pending count as not renewed). An association, not a causal effect: touched renewals lean to larger customers

with touched_renewed as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_csm_touched_true_and_outcome_in_rene_9acecce1 as touched_renewed
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

touched as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_csm_touched_true as touched
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

untouched_renewed as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_csm_touched_false_and_outcome_in_ren_e317f3b8 as untouched_renewed
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

untouched as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_csm_touched_false as untouched
    from {{ ref('int_renewal__due_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from touched_renewed

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from touched

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from untouched_renewed

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from untouched

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(touched_renewed.touched_renewed, 0) as touched_renewed,
        coalesce(touched.touched, 0) as touched,
        coalesce(untouched_renewed.untouched_renewed, 0) as untouched_renewed,
        coalesce(untouched.untouched, 0) as untouched
    from input_keys
    left join touched_renewed using (grain, period_start, dimension, dimension_value)
    left join touched using (grain, period_start, dimension, dimension_value)
    left join untouched_renewed using (grain, period_start, dimension, dimension_value)
    left join untouched using (grain, period_start, dimension, dimension_value)

)

select
    'CSM_TOUCH_RENEWAL_UPLIFT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(touched_renewed as {{ type_double() }}) / nullif(touched, 0) - cast(untouched_renewed as {{ type_double() }}) / nullif(untouched, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
