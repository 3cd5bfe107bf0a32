-- generated from definitions/kpis/mdf_roi.yml; do not edit
-- MDF ROI: (Σ revenue_attributed − Σ mdf_spent) ÷ Σ mdf_spent of co-marketing campaigns, by end date (ended_at); a house definition (the reference found no citable MDF formula); the partner's own contribution is not our investment

with revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_revenue_attributed as revenue
    from {{ ref('int_co_marketing_campaign__ended_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

mdf as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_mdf_spent as mdf
    from {{ ref('int_co_marketing_campaign__ended_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from revenue

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from mdf

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(revenue.revenue, 0) as revenue,
        coalesce(mdf.mdf, 0) as mdf
    from input_keys
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join mdf using (grain, period_start, dimension, dimension_value)

)

select
    'MDF_ROI' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((revenue - mdf) as {{ type_double() }}) / nullif(mdf, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
