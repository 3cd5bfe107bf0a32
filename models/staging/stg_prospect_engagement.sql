-- generated from definitions/object_models/prospect_engagement.yml; do not edit
-- Prospect Engagement: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PROSPECT_ENGAGEMENT'

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
        cast({{ json_attribute('data_values', 'prospect_engagement_id') }} as {{ attribute_type('string') }}) as prospect_engagement_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'sequence_id') }} as {{ attribute_type('string') }}) as sequence_id,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'lead_created_at') }} as {{ attribute_type('timestamp') }}) as lead_created_at,
        cast({{ json_attribute('data_values', 'enrolled_at') }} as {{ attribute_type('timestamp') }}) as enrolled_at,
        cast({{ json_attribute('data_values', 'first_touch_at') }} as {{ attribute_type('timestamp') }}) as first_touch_at,
        cast({{ json_attribute('data_values', 'first_manual_touch_at') }} as {{ attribute_type('timestamp') }}) as first_manual_touch_at,
        cast({{ json_attribute('data_values', 'last_touch_at') }} as {{ attribute_type('timestamp') }}) as last_touch_at,
        cast({{ json_attribute('data_values', 'first_connected_at') }} as {{ attribute_type('timestamp') }}) as first_connected_at,
        cast({{ json_attribute('data_values', 'responded_at') }} as {{ attribute_type('timestamp') }}) as responded_at,
        cast({{ json_attribute('data_values', 'meeting_booked_at') }} as {{ attribute_type('timestamp') }}) as meeting_booked_at,
        cast({{ json_attribute('data_values', 'exited_at') }} as {{ attribute_type('timestamp') }}) as exited_at,
        cast({{ json_attribute('data_values', 'response_time_minutes') }} as {{ attribute_type('decimal') }}) as response_time_minutes,
        cast({{ json_attribute('data_values', 'touch_count') }} as {{ attribute_type('integer') }}) as touch_count,
        cast({{ json_attribute('data_values', 'call_count') }} as {{ attribute_type('integer') }}) as call_count,
        cast({{ json_attribute('data_values', 'email_count') }} as {{ attribute_type('integer') }}) as email_count,
        cast({{ json_attribute('data_values', 'social_touch_count') }} as {{ attribute_type('integer') }}) as social_touch_count,
        cast({{ json_attribute('data_values', 'engagement_score') }} as {{ attribute_type('decimal') }}) as engagement_score,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
