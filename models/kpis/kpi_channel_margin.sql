-- generated from definitions/kpis/channel_margin.yml; do not edit
-- Channel Margin: (Σ amount − Σ cost_of_revenue) ÷ Σ amount of recognised revenue lines with channel = partner, by recognition date. The seed's (sales price − cost of procurement) ÷ sales price is taken from our side: the sales price is the partner-channel revenue (net of the partner discount) and the cost is our cost of revenue

with revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__channel_partner as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost_of_revenue__channel_partner as cost
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    from cost

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(revenue.revenue, 0) as revenue,
        coalesce(cost.cost, 0) as cost
    from input_keys
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join cost using (grain, period_start, dimension, dimension_value)

)

select
    'CHANNEL_MARGIN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((revenue - cost) as {{ type_double() }}) / nullif(revenue, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
