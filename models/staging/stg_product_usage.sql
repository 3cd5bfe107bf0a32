-- generated from definitions/object_models/product_usage.yml; do not edit
-- Product Usage: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PRODUCT_USAGE'

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
        cast({{ json_attribute('data_values', 'product_usage_id') }} as {{ attribute_type('string') }}) as product_usage_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'usage_date') }} as {{ attribute_type('date') }}) as usage_date,
        cast({{ json_attribute('data_values', 'licensed_seats') }} as {{ attribute_type('integer') }}) as licensed_seats,
        cast({{ json_attribute('data_values', 'active_users') }} as {{ attribute_type('integer') }}) as active_users,
        cast({{ json_attribute('data_values', 'active_users_7d') }} as {{ attribute_type('integer') }}) as active_users_7d,
        cast({{ json_attribute('data_values', 'active_users_30d') }} as {{ attribute_type('integer') }}) as active_users_30d,
        cast({{ json_attribute('data_values', 'sessions') }} as {{ attribute_type('integer') }}) as sessions,
        cast({{ json_attribute('data_values', 'minutes_used') }} as {{ attribute_type('decimal') }}) as minutes_used,
        cast({{ json_attribute('data_values', 'feature_events') }} as {{ attribute_type('integer') }}) as feature_events,
        cast({{ json_attribute('data_values', 'distinct_features_used') }} as {{ attribute_type('integer') }}) as distinct_features_used,
        cast({{ json_attribute('data_values', 'api_calls') }} as {{ attribute_type('integer') }}) as api_calls,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
