-- generated from definitions/kpis/quota_to_capacity_ratio.yml; do not edit
-- Quota-to-Capacity Ratio (deployed quota ÷ company target): Σ quota_amount of the rep-level monthly bookings quotas (period_type = month, active or closed) with period_start in the year ÷ Σ total_target_amount of the company-scope bookings quota plans starting in the year (quota_plan.start_date), excluding draft plans (GitLab sales capacity: deployed quota ÷ company target)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quota_amount__quota_type_bookings_and_assignee_237ee447 as numerator
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension in ('overall', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_total_target_amount__quota_type_bookings_and_sc_4bdad4ee as denominator
    from {{ ref('int_quota_plan__start_date__measures') }}
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
    'QUOTA_TO_CAPACITY_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('year')
