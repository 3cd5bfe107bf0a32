-- generated from definitions/kpis/partner_centric_productivity.yml; do not edit
-- Partner-Centric Productivity: partner-channel revenue (Σ amount of revenue lines with channel = partner, by recognition date) ÷ (partner incentives earned by period_end_date + MDF spent on co-marketing campaigns by launched_at + cost of partner-user training enrolments by enrolled_at); the seed's "costs of partner support and resources" made precise as these three recorded programme costs

with revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__channel_partner as revenue
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP')

),

incentives as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_earned_amount as incentives
    from {{ ref('int_incentive_program__period_end_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP')

),

mdf as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_mdf_spent as mdf
    from {{ ref('int_co_marketing_campaign__launched_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP')

),

training as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost__participant_type_partner as training
    from {{ ref('int_sales_training_program__enrolled_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP')

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

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(revenue.revenue, 0) as revenue,
        coalesce(incentives.incentives, 0) as incentives,
        coalesce(mdf.mdf, 0) as mdf,
        coalesce(training.training, 0) as training
    from input_keys
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join incentives using (grain, period_start, dimension, dimension_value)
    left join mdf using (grain, period_start, dimension, dimension_value)
    left join training using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_CENTRIC_PRODUCTIVITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(revenue as {{ type_double() }}) / nullif((incentives + mdf + training), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
