-- generated from definitions/kpis/qbr_coverage.yml; do not edit
-- QBR Coverage: distinct customers with a QBR held in the period (status = held, by held_at) ÷ customers served in the period, i.e. customers active at period end + customers who fully churned during the period (distinct customers of churn events with outcome = churned, churn_scope = full, by churned_at); house definition, no authoritative published formula

with reviewed_customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__status_held as reviewed_customers
    from {{ ref('int_qbr__held_at__measures') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

active_customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as active_customers
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

churned_customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__outcome_churned_and_chu_9bc6a0fc as churned_customers
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from reviewed_customers

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
        coalesce(reviewed_customers.reviewed_customers, 0) as reviewed_customers,
        active_customers.active_customers,
        coalesce(churned_customers.churned_customers, 0) as churned_customers
    from input_keys
    left join reviewed_customers using (grain, period_start, dimension, dimension_value)
    left join active_customers using (grain, period_start, dimension, dimension_value)
    left join churned_customers using (grain, period_start, dimension, dimension_value)

)

select
    'QBR_COVERAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(reviewed_customers as {{ type_double() }}) / nullif((active_customers + churned_customers), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
