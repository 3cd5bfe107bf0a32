-- generated from definitions/kpis/content_refresh_rate.yml; do not edit
-- Content Refresh Rate: count of published sales content assets (personalized copies excluded) whose latest revision (last_updated_at) falls in the period ÷ LIVE_SALES_CONTENT_ASSETS at period end (only the latest revision of an asset is recorded)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__published_at_is_not_null_and_coalesce_v_c2552e1c as numerator
    from {{ ref('int_sales_content__last_updated_at__measures') }}
    where dimension in ('overall', 'PRODUCT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_live_sales_content_assets') }}
    where dimension in ('overall', 'PRODUCT')

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
    'CONTENT_REFRESH_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
