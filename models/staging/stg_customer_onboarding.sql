-- generated from definitions/object_models/customer_onboarding.yml; do not edit
-- Customer Onboarding: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_ONBOARDING'

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
        cast({{ json_attribute('data_values', 'customer_onboarding_id') }} as {{ attribute_type('string') }}) as customer_onboarding_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'onboarding_model') }} as {{ attribute_type('enum') }}) as onboarding_model,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'contract_signed_at') }} as {{ attribute_type('timestamp') }}) as contract_signed_at,
        cast({{ json_attribute('data_values', 'started_at') }} as {{ attribute_type('timestamp') }}) as started_at,
        cast({{ json_attribute('data_values', 'target_completion_date') }} as {{ attribute_type('date') }}) as target_completion_date,
        cast({{ json_attribute('data_values', 'first_value_at') }} as {{ attribute_type('timestamp') }}) as first_value_at,
        cast({{ json_attribute('data_values', 'activated_at') }} as {{ attribute_type('timestamp') }}) as activated_at,
        cast({{ json_attribute('data_values', 'go_live_at') }} as {{ attribute_type('timestamp') }}) as go_live_at,
        cast({{ json_attribute('data_values', 'completed_at') }} as {{ attribute_type('timestamp') }}) as completed_at,
        cast({{ json_attribute('data_values', 'cancelled_at') }} as {{ attribute_type('timestamp') }}) as cancelled_at,
        cast({{ json_attribute('data_values', 'milestones_total') }} as {{ attribute_type('integer') }}) as milestones_total,
        cast({{ json_attribute('data_values', 'milestones_completed') }} as {{ attribute_type('integer') }}) as milestones_completed,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
