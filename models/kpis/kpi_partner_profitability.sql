-- generated from definitions/kpis/partner_profitability.yml; do not edit
-- Partner Profitability: (partner-channel revenue − cost of revenue − partner incentives earned − MDF spent − partner training cost − partner recruitment cost) ÷ partner-channel revenue. Revenue and cost of revenue: revenue lines with channel = partner by recognition date; incentives: Σ earned_amount by period_end_date; MDF: Σ mdf_spent of co-marketing campaigns by launched_at; training: Σ cost of partner-user training enrolments by enrolled_at; recruitment: Σ recruitment_cost of partners recruited, by recruited_at. Channel managers' own salaries are not recorded and not included

with revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__channel_partner as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP')

),

cost as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost_of_revenue__channel_partner as cost
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP')

),

incentives as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_earned_amount as incentives
    from {{ ref('int_incentive_program__period_end_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP')

),

mdf as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_mdf_spent as mdf
    from {{ ref('int_co_marketing_campaign__launched_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP')

),

training as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost__participant_type_partner as training
    from {{ ref('int_sales_training_program__enrolled_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP')

),

recruitment as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_recruitment_cost as recruitment
    from {{ ref('int_channel_partner__recruited_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP')

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

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from mdf

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from training

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from recruitment

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(revenue.revenue, 0) as revenue,
        coalesce(cost.cost, 0) as cost,
        coalesce(incentives.incentives, 0) as incentives,
        coalesce(mdf.mdf, 0) as mdf,
        coalesce(training.training, 0) as training,
        coalesce(recruitment.recruitment, 0) as recruitment
    from input_keys
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join cost using (grain, period_start, dimension, dimension_value)
    left join incentives using (grain, period_start, dimension, dimension_value)
    left join mdf using (grain, period_start, dimension, dimension_value)
    left join training using (grain, period_start, dimension, dimension_value)
    left join recruitment using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_PROFITABILITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((revenue - cost - incentives - mdf - training - recruitment) as {{ type_double() }}) / nullif(revenue, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
