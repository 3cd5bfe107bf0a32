-- generated from definitions/kpis/customer_lifetime_profitability.yml; do not edit
-- Customer Lifetime Profitability: customer lifetime value (ARPA × recurring gross margin ÷ monthly logo churn, CUSTOMER_LIFETIME_VALUE_CLV) − blended customer acquisition cost (BLENDED_CUSTOMER_ACQUISITION_COST), both for the same period; overall only, as the inputs share no slicing dimension

with clv as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as clv
    from {{ ref('kpi_customer_lifetime_value_clv') }}
    where dimension in ('overall', 'PARTNER', 'SEGMENT')

),

cac as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as cac
    from {{ ref('kpi_blended_customer_acquisition_cost') }}
    where dimension in ('overall', 'PARTNER', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from clv

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from cac

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        clv.clv,
        cac.cac
    from input_keys
    left join clv using (grain, period_start, dimension, dimension_value)
    left join cac using (grain, period_start, dimension, dimension_value)

)

select
    'CUSTOMER_LIFETIME_PROFITABILITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(clv - cac as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
