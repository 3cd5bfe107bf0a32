-- generated from definitions/object_models/strategic_review.yml; do not edit
-- Strategic Review: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'STRATEGIC_REVIEW'

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
        cast({{ json_attribute('data_values', 'strategic_review_id') }} as {{ attribute_type('string') }}) as strategic_review_id,
        cast({{ json_attribute('data_values', 'key_account_id') }} as {{ attribute_type('string') }}) as key_account_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'account_plan_id') }} as {{ attribute_type('string') }}) as account_plan_id,
        cast({{ json_attribute('data_values', 'review_type') }} as {{ attribute_type('enum') }}) as review_type,
        cast({{ json_attribute('data_values', 'scheduled_at') }} as {{ attribute_type('timestamp') }}) as scheduled_at,
        cast({{ json_attribute('data_values', 'held_at') }} as {{ attribute_type('timestamp') }}) as held_at,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('integer') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'attendees_count') }} as {{ attribute_type('integer') }}) as attendees_count,
        cast({{ json_attribute('data_values', 'customer_attendees_count') }} as {{ attribute_type('integer') }}) as customer_attendees_count,
        cast({{ json_attribute('data_values', 'customer_executive_present') }} as {{ attribute_type('boolean') }}) as customer_executive_present,
        cast({{ json_attribute('data_values', 'exec_sponsor_present') }} as {{ attribute_type('boolean') }}) as exec_sponsor_present,
        cast({{ json_attribute('data_values', 'actions_agreed') }} as {{ attribute_type('integer') }}) as actions_agreed,
        cast({{ json_attribute('data_values', 'actions_completed') }} as {{ attribute_type('integer') }}) as actions_completed,
        cast({{ json_attribute('data_values', 'customer_satisfaction') }} as {{ attribute_type('decimal') }}) as customer_satisfaction,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
