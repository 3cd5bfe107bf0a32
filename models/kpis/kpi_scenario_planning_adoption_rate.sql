-- generated from definitions/kpis/scenario_planning_adoption_rate.yml; do not edit
-- Sales Scenario Planning Adoption Rate: count distinct sales_rep_id of enablement-platform rows with platform_category = scenario_planning and is_active = true ÷ count distinct sales_rep_id of rows with platform_category = scenario_planning and has_license = true, by usage_date (the tool is licensed to every quota-carrying seller)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__platform_category_scen_14ea84b9 as numerator
    from {{ ref('int_enablement_platform__usage_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__platform_category_scen_fcf74a4e as denominator
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
    'SCENARIO_PLANNING_ADOPTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
