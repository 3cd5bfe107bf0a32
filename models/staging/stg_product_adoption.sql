-- generated from definitions/object_models/product_adoption.yml; do not edit
-- Product Adoption: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PRODUCT_ADOPTION'

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
        cast({{ json_attribute('data_values', 'product_adoption_id') }} as {{ attribute_type('string') }}) as product_adoption_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'feature_key') }} as {{ attribute_type('string') }}) as feature_key,
        cast({{ json_attribute('data_values', 'feature_name') }} as {{ attribute_type('string') }}) as feature_name,
        cast({{ json_attribute('data_values', 'is_core_feature') }} as {{ attribute_type('boolean') }}) as is_core_feature,
        cast({{ json_attribute('data_values', 'adoption_stage') }} as {{ attribute_type('enum') }}) as adoption_stage,
        cast({{ json_attribute('data_values', 'first_used_at') }} as {{ attribute_type('timestamp') }}) as first_used_at,
        cast({{ json_attribute('data_values', 'adopted_at') }} as {{ attribute_type('timestamp') }}) as adopted_at,
        cast({{ json_attribute('data_values', 'last_used_at') }} as {{ attribute_type('timestamp') }}) as last_used_at,
        cast({{ json_attribute('data_values', 'abandoned_at') }} as {{ attribute_type('timestamp') }}) as abandoned_at,
        cast({{ json_attribute('data_values', 'measured_date') }} as {{ attribute_type('date') }}) as measured_date,
        cast({{ json_attribute('data_values', 'feature_active_users') }} as {{ attribute_type('integer') }}) as feature_active_users,
        cast({{ json_attribute('data_values', 'eligible_users') }} as {{ attribute_type('integer') }}) as eligible_users,
        cast({{ json_attribute('data_values', 'feature_events_30d') }} as {{ attribute_type('integer') }}) as feature_events_30d,
        cast({{ json_attribute('data_values', 'entitled_at') }} as {{ attribute_type('timestamp') }}) as entitled_at,
        cast({{ json_attribute('data_values', 'entitlement_ended_at') }} as {{ attribute_type('timestamp') }}) as entitlement_ended_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
