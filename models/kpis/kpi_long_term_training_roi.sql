-- generated from definitions/kpis/long_term_training_roi.yml; do not edit
-- Long-term Training ROI: TRAINING_NET_BENEFIT_T12M ÷ TRAINING_COST_T12M = (Σ attributed_benefit − Σ cost) ÷ Σ cost over rep training enrolments completed in the trailing 12 months (status = completed, by completed_at, this month included) with attributed_benefit recorded and cost > 0; month grain only

with net_benefit as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as net_benefit
    from {{ ref('kpi_training_net_benefit_t12m') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as cost
    from {{ ref('kpi_training_cost_t12m') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from net_benefit

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
        net_benefit.net_benefit,
        cost.cost
    from input_keys
    left join net_benefit using (grain, period_start, dimension, dimension_value)
    left join cost using (grain, period_start, dimension, dimension_value)

)

select
    'LONG_TERM_TRAINING_ROI' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(net_benefit as {{ type_double() }}) / nullif(cost, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month')
