-- generated from definitions/kpis/dau_mau_stickiness.yml; do not edit
-- Product Stickiness (DAU/MAU): Σ product_usage.active_users (users active on the usage date) ÷ Σ product_usage.active_users_30d (users active in the 30 days to it) over usage rows with active_users_30d > 0, by usage_date (user-weighted DAU/MAU)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_active_users__active_users_30d_gt_0 as numerator
    from {{ ref('int_product_usage__usage_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_active_users_30d__active_users_30d_gt_0 as denominator
    from {{ ref('int_product_usage__usage_date__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

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
    'DAU_MAU_STICKINESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
