-- generated from definitions/kpis/average_revenue_per_unit.yml; do not edit
-- Average Revenue per Unit (ARPU): Σ (amount − refund_amount) of the sales by sold_at ÷ Σ quantity of those sales; every sales channel; refunds reduce the revenue, the units of a returned sale stay counted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount_coalesce_refund_amount_0 as numerator
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_CHANNEL', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quantity as denominator
    from {{ ref('int_sale__sold_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_CHANNEL', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'AVERAGE_REVENUE_PER_UNIT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
