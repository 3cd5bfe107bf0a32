-- generated from definitions/kpis/expansion_arr_rate.yml; do not edit
-- Expansion Revenue Rate: Σ expansion_opportunity.expansion_arr of expansions with status = won, by closed_at ÷ ANNUAL_RECURRING_REVENUE_ARR at period end (SOMA Dollar-Based Net Expansion Rate = expansion MRR ÷ total MRR, on an ARR basis; not annualised)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_expansion_arr__status_won as numerator
    from {{ ref('int_expansion_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_annual_recurring_revenue_arr') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

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
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'EXPANSION_ARR_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
