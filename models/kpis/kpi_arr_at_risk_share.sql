-- generated from definitions/kpis/arr_at_risk_share.yml; do not edit
-- ARR at Risk Share (Portfolio Risk): ARR_AT_RISK (Σ arr of the current health snapshots with is_at_risk = true) ÷ SCORED_ARR (Σ arr of all current health snapshots), both at period end

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_arr_at_risk') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_scored_arr') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

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
    'ARR_AT_RISK_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
