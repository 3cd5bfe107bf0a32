-- generated from definitions/kpis/dashboard_adoption_rate.yml; do not edit
-- Sales Dashboard Adoption Rate: Σ unique_viewer_count ÷ Σ licensed_user_count over the dashboard-day usage records of the period (by usage_date), every dashboard and dashboard type; records without an audience (licensed_user_count empty or 0) excluded

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_unique_viewer_count__licensed_user_count_gt_0 as numerator
    from {{ ref('int_sales_dashboard__usage_date__measures') }}
    where dimension in ('overall', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_licensed_user_count__licensed_user_count_gt_0 as denominator
    from {{ ref('int_sales_dashboard__usage_date__measures') }}
    where dimension in ('overall', 'SALES_TEAM')

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
    'DASHBOARD_ADOPTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
