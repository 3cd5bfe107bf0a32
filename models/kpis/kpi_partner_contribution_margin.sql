-- generated from definitions/kpis/partner_contribution_margin.yml; do not edit
-- Partner Contribution Margin: (partner-channel revenue − its cost of revenue − partner incentives earned) ÷ partner-channel revenue, where revenue and cost of revenue are Σ amount and Σ cost_of_revenue of revenue lines with channel = partner by recognition date and incentives are Σ earned_amount of partner incentive enrolments (rebates, volume bonuses, SPIFFs) by incentive period end (period_end_date); variable costs are those that scale with partner sales

with revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__channel_partner as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost_of_revenue__channel_partner as cost
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

incentives as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_earned_amount as incentives
    from {{ ref('int_incentive_program__period_end_date__measures') }}
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
    from cost

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from incentives

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(revenue.revenue, 0) as revenue,
        coalesce(cost.cost, 0) as cost,
        coalesce(incentives.incentives, 0) as incentives
    from input_keys
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join cost using (grain, period_start, dimension, dimension_value)
    left join incentives using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_CONTRIBUTION_MARGIN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((revenue - cost - incentives) as {{ type_double() }}) / nullif(revenue, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
