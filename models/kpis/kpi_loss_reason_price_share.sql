-- generated from definitions/kpis/loss_reason_price_share.yml; do not edit
-- Losses to Price Share: lost sales with loss_reason = 'price' ÷ all lost sales, by lost_at (one record per opportunity closed lost; every loss has one main reason)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__loss_reason_price as numerator
    from {{ ref('int_lost_sale__lost_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_lost_sale__lost_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'LOSS_REASON_PRICE_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
