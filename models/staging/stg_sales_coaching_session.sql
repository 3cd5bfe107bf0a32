-- generated from definitions/object_models/sales_coaching_session.yml; do not edit
-- Sales Coaching Session: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_COACHING_SESSION'

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
        cast({{ json_attribute('data_values', 'sales_coaching_session_id') }} as {{ attribute_type('string') }}) as sales_coaching_session_id,
        cast({{ json_attribute('data_values', 'coach_rep_id') }} as {{ attribute_type('string') }}) as coach_rep_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'session_type') }} as {{ attribute_type('enum') }}) as session_type,
        cast({{ json_attribute('data_values', 'coaching_model') }} as {{ attribute_type('enum') }}) as coaching_model,
        cast({{ json_attribute('data_values', 'focus_area') }} as {{ attribute_type('enum') }}) as focus_area,
        cast({{ json_attribute('data_values', 'scheduled_at') }} as {{ attribute_type('timestamp') }}) as scheduled_at,
        cast({{ json_attribute('data_values', 'held_at') }} as {{ attribute_type('timestamp') }}) as held_at,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('integer') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'call_reviewed') }} as {{ attribute_type('boolean') }}) as call_reviewed,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'skill_score') }} as {{ attribute_type('decimal') }}) as skill_score,
        cast({{ json_attribute('data_values', 'rep_rating') }} as {{ attribute_type('decimal') }}) as rep_rating,
        cast({{ json_attribute('data_values', 'action_items_count') }} as {{ attribute_type('integer') }}) as action_items_count,
        cast({{ json_attribute('data_values', 'follow_up_due_date') }} as {{ attribute_type('date') }}) as follow_up_due_date,
        cast({{ json_attribute('data_values', 'follow_up_completed') }} as {{ attribute_type('boolean') }}) as follow_up_completed,
        cast({{ json_attribute('data_values', 'follow_up_completed_at') }} as {{ attribute_type('timestamp') }}) as follow_up_completed_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
