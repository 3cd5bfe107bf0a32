-- generated from definitions/kpis/mobile_learning_utilization_rate.yml; do not edit
-- Mobile Learning Utilization Rate: distinct sales_rep_id of learning-platform usage rows (platform_category = learning_management, is_active = true) with mobile_minutes_active > 0 ÷ distinct sales_rep_id of active learning-platform usage rows, by usage_date; learners who used the mobile app ÷ active learners (no catalogue of mobile resources exists for the seed's resources accessed ÷ resources available)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__platform_category_lear_7a484207 as numerator
    from {{ ref('int_enablement_platform__usage_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__platform_category_lear_acd3498e as denominator
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
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'MOBILE_LEARNING_UTILIZATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
