-- generated from definitions/kpis/content_utilization_rate.yml; do not edit
-- Content Utilization Rate: count distinct sales_content_id of sales emails sent in the period (by sent_at) with a content asset ÷ LIVE_SALES_CONTENT_ASSETS at period end

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_content_id__sales_content_id_i_4ddcdda4 as numerator
    from {{ ref('int_sales_email__sent_at__measures') }}
    where dimension in ('overall')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_live_sales_content_assets') }}
    where dimension in ('overall')

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
    'CONTENT_UTILIZATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
