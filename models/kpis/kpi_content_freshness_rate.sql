-- generated from definitions/kpis/content_freshness_rate.yml; do not edit
-- Content Freshness Rate (180 days): SALES_CONTENT_ASSETS_REVISED_6M (published assets whose latest revision, last_updated_at, falls in the trailing 6 months) ÷ LIVE_SALES_CONTENT_ASSETS at period end; monthly only. Since the content record keeps only the latest revision, past months count only revisions that are still the latest one

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_sales_content_assets_revised_6m') }}
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
        numerator.numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'CONTENT_FRESHNESS_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month')
