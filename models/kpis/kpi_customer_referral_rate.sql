-- generated from definitions/kpis/customer_referral_rate.yml; do not edit
-- Customer Referral Rate: distinct referring customers (referrals with referrer_type = customer, by created_at) ÷ customers served in the period, i.e. customers active at period end + customers who fully churned during the period (distinct customers of churn events with outcome = churned, churn_scope = full, by churned_at); overall only, as the inputs share no slicing dimension

with referring_customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_referrer_customer_id__referrer_type_customer as referring_customers
    from {{ ref('int_referral__created_at__measures') }}
    where dimension in ('overall')

),

active_customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as active_customers
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall')

),

churned_customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__outcome_churned_and_chu_9bc6a0fc as churned_customers
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from referring_customers

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from active_customers

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from churned_customers

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(referring_customers.referring_customers, 0) as referring_customers,
        active_customers.active_customers,
        coalesce(churned_customers.churned_customers, 0) as churned_customers
    from input_keys
    left join referring_customers using (grain, period_start, dimension, dimension_value)
    left join active_customers using (grain, period_start, dimension, dimension_value)
    left join churned_customers using (grain, period_start, dimension, dimension_value)

)

select
    'CUSTOMER_REFERRAL_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(referring_customers as {{ type_double() }}) / nullif((active_customers + churned_customers), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
