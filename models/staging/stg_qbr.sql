-- generated from definitions/object_models/qbr.yml; do not edit
-- Quarterly Business Review: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'QBR'

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
        cast({{ json_attribute('data_values', 'qbr_id') }} as {{ attribute_type('string') }}) as qbr_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'review_quarter_start_date') }} as {{ attribute_type('date') }}) as review_quarter_start_date,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'format') }} as {{ attribute_type('enum') }}) as format,
        cast({{ json_attribute('data_values', 'scheduled_at') }} as {{ attribute_type('timestamp') }}) as scheduled_at,
        cast({{ json_attribute('data_values', 'held_at') }} as {{ attribute_type('timestamp') }}) as held_at,
        cast({{ json_attribute('data_values', 'attendees_count') }} as {{ attribute_type('integer') }}) as attendees_count,
        cast({{ json_attribute('data_values', 'customer_attendees_count') }} as {{ attribute_type('integer') }}) as customer_attendees_count,
        cast({{ json_attribute('data_values', 'is_executive_sponsor_present') }} as {{ attribute_type('boolean') }}) as is_executive_sponsor_present,
        cast({{ json_attribute('data_values', 'action_items_count') }} as {{ attribute_type('integer') }}) as action_items_count,
        cast({{ json_attribute('data_values', 'action_items_completed') }} as {{ attribute_type('integer') }}) as action_items_completed,
        cast({{ json_attribute('data_values', 'is_expansion_identified') }} as {{ attribute_type('boolean') }}) as is_expansion_identified,
        cast({{ json_attribute('data_values', 'satisfaction_score') }} as {{ attribute_type('integer') }}) as satisfaction_score,
        cast({{ json_attribute('data_values', 'current_until') }} as {{ attribute_type('timestamp') }}) as current_until,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
