-- generated from definitions/kpis/strategic_initiative_revenue_attainment.yml; do not edit
-- Strategic Initiative Revenue Attainment: Σ revenue_achieved ÷ Σ revenue_target of the initiatives launched in the period (by launched_at), latest recorded figures, cancelled ones included (their shortfall counts)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_revenue_achieved__revenue_target_is_not_null as numerator
    from {{ ref('int_strategic_initiative__launched_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PRODUCT', 'SALES_REP', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_revenue_target__revenue_target_is_not_null as denominator
    from {{ ref('int_strategic_initiative__launched_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PRODUCT', 'SALES_REP', 'SEGMENT')

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
    'STRATEGIC_INITIATIVE_REVENUE_ATTAINMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
