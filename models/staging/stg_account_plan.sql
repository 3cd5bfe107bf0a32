-- generated from definitions/object_models/account_plan.yml; do not edit
-- Account Plan: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'ACCOUNT_PLAN'

),

ranked as (

    select
        data_values,
        loaded_at as _loaded_at,
        row_number() over (
            partition by code order by loaded_at desc, line_number desc nulls last
        ) as version_rank
    from source_rows

),

typed as (

    select
        cast({{ json_attribute('data_values', 'account_plan_id') }} as {{ attribute_type('string') }}) as account_plan_id,
        cast({{ json_attribute('data_values', 'key_account_id') }} as {{ attribute_type('string') }}) as key_account_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'plan_year') }} as {{ attribute_type('integer') }}) as plan_year,
        cast({{ json_attribute('data_values', 'period_start_date') }} as {{ attribute_type('date') }}) as period_start_date,
        cast({{ json_attribute('data_values', 'period_end_date') }} as {{ attribute_type('date') }}) as period_end_date,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'approved_at') }} as {{ attribute_type('timestamp') }}) as approved_at,
        cast({{ json_attribute('data_values', 'last_reviewed_at') }} as {{ attribute_type('timestamp') }}) as last_reviewed_at,
        cast({{ json_attribute('data_values', 'revenue_target') }} as {{ attribute_type('decimal') }}) as revenue_target,
        cast({{ json_attribute('data_values', 'revenue_achieved') }} as {{ attribute_type('decimal') }}) as revenue_achieved,
        cast({{ json_attribute('data_values', 'expansion_target') }} as {{ attribute_type('decimal') }}) as expansion_target,
        cast({{ json_attribute('data_values', 'whitespace_identified') }} as {{ attribute_type('decimal') }}) as whitespace_identified,
        cast({{ json_attribute('data_values', 'goals_count') }} as {{ attribute_type('integer') }}) as goals_count,
        cast({{ json_attribute('data_values', 'goals_achieved') }} as {{ attribute_type('integer') }}) as goals_achieved,
        cast({{ json_attribute('data_values', 'actions_count') }} as {{ attribute_type('integer') }}) as actions_count,
        cast({{ json_attribute('data_values', 'actions_completed') }} as {{ attribute_type('integer') }}) as actions_completed,
        cast({{ json_attribute('data_values', 'ended_at') }} as {{ attribute_type('timestamp') }}) as ended_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
