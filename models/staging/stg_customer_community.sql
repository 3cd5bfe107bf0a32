-- generated from definitions/object_models/customer_community.yml; do not edit
-- Customer Community: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_COMMUNITY'

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
        cast({{ json_attribute('data_values', 'customer_community_id') }} as {{ attribute_type('string') }}) as customer_community_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'member_user_id') }} as {{ attribute_type('string') }}) as member_user_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'role') }} as {{ attribute_type('enum') }}) as role,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'joined_at') }} as {{ attribute_type('timestamp') }}) as joined_at,
        cast({{ json_attribute('data_values', 'last_active_at') }} as {{ attribute_type('timestamp') }}) as last_active_at,
        cast({{ json_attribute('data_values', 'left_at') }} as {{ attribute_type('timestamp') }}) as left_at,
        cast({{ json_attribute('data_values', 'posts_count') }} as {{ attribute_type('integer') }}) as posts_count,
        cast({{ json_attribute('data_values', 'answers_count') }} as {{ attribute_type('integer') }}) as answers_count,
        cast({{ json_attribute('data_values', 'accepted_answers_count') }} as {{ attribute_type('integer') }}) as accepted_answers_count,
        cast({{ json_attribute('data_values', 'likes_received') }} as {{ attribute_type('integer') }}) as likes_received,
        cast({{ json_attribute('data_values', 'events_attended') }} as {{ attribute_type('integer') }}) as events_attended,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
