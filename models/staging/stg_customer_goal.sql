-- generated from definitions/object_models/customer_goal.yml; do not edit
-- Customer Goal: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_GOAL'

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
        cast({{ json_attribute('data_values', 'customer_goal_id') }} as {{ attribute_type('string') }}) as customer_goal_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'qbr_id') }} as {{ attribute_type('string') }}) as qbr_id,
        cast({{ json_attribute('data_values', 'goal_name') }} as {{ attribute_type('string') }}) as goal_name,
        cast({{ json_attribute('data_values', 'goal_category') }} as {{ attribute_type('enum') }}) as goal_category,
        cast({{ json_attribute('data_values', 'success_metric') }} as {{ attribute_type('string') }}) as success_metric,
        cast({{ json_attribute('data_values', 'baseline_value') }} as {{ attribute_type('decimal') }}) as baseline_value,
        cast({{ json_attribute('data_values', 'target_value') }} as {{ attribute_type('decimal') }}) as target_value,
        cast({{ json_attribute('data_values', 'current_value') }} as {{ attribute_type('decimal') }}) as current_value,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'set_at') }} as {{ attribute_type('timestamp') }}) as set_at,
        cast({{ json_attribute('data_values', 'target_date') }} as {{ attribute_type('date') }}) as target_date,
        cast({{ json_attribute('data_values', 'achieved_at') }} as {{ attribute_type('timestamp') }}) as achieved_at,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
