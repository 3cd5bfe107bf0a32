-- generated from definitions/kpis/sales_training_roi.yml; do not edit
-- Sales Training ROI: (Σ attributed_benefit − Σ cost) ÷ Σ cost over rep training enrolments completed in the period (status = completed, by completed_at) with both recorded; ROI on net benefits, not the benefit-cost ratio, and the benefit is the isolated training effect rather than the seed's raw increase in sales revenue

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_attributed_benefit_cost__participant_type_rep_a_3b638b0f as numerator
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost__participant_type_rep_and_status_completed_3e0eb31d as denominator
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

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
    'SALES_TRAINING_ROI' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
