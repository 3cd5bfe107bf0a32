-- generated from definitions/kpis/content_shares_per_active_rep.yml; do not edit
-- Content Shares per Active Rep: Σ content_shares of enablement-platform rows with platform_category in (content_management, digital_sales_room) ÷ count distinct sales_rep_id of those rows with is_active = true, by usage_date

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_content_shares__platform_category_in_content_ma_67440f98 as numerator
    from {{ ref('int_enablement_platform__usage_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__platform_category_in_c_6fc14b08 as denominator
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
    'CONTENT_SHARES_PER_ACTIVE_REP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month', 'quarter', 'year')
