-- generated from definitions/kpis/training_content_utilization.yml; do not edit
-- Training Content Utilization: Σ training_material_accesses over the learning-management platform usage rows of the period (platform_category = learning_management, by usage_date) ÷ the largest number of training materials available on the platform on a day of the period (max training_materials_available); the seed's accesses to training content ÷ training materials available

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_training_material_accesses__platform_category_l_f2ea00ab as numerator
    from {{ ref('int_enablement_platform__usage_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        max_training_materials_available__platform_category_3b11a43a as denominator
    from {{ ref('int_enablement_platform__usage_date__measures') }}
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
        coalesce(numerator.numerator, 0) as numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'TRAINING_CONTENT_UTILIZATION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
