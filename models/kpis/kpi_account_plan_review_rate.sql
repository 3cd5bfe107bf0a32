-- generated from definitions/kpis/account_plan_review_rate.yml; do not edit
-- Account Plan Review Rate (Plan Currency): distinct account_plan_id of strategic reviews held in the period (status = held, by held_at, account_plan_id set) ÷ KEY_ACCOUNTS_WITH_CURRENT_PLAN at period end; house definition, no authoritative published formula

with reviewed_plans as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_account_plan_id__status_held_and_acc_3f5796be as reviewed_plans
    from {{ ref('int_strategic_review__held_at__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

current_plans as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as current_plans
    from {{ ref('kpi_key_accounts_with_current_plan') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from reviewed_plans

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from current_plans

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(reviewed_plans.reviewed_plans, 0) as reviewed_plans,
        current_plans.current_plans
    from input_keys
    left join reviewed_plans using (grain, period_start, dimension, dimension_value)
    left join current_plans using (grain, period_start, dimension, dimension_value)

)

select
    'ACCOUNT_PLAN_REVIEW_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(reviewed_plans as {{ type_double() }}) / nullif(current_plans, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
