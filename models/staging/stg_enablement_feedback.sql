-- generated from definitions/object_models/enablement_feedback.yml; do not edit
-- Enablement Feedback: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'ENABLEMENT_FEEDBACK'

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
        cast({{ json_attribute('data_values', 'enablement_feedback_id') }} as {{ attribute_type('string') }}) as enablement_feedback_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'submitted_at') }} as {{ attribute_type('timestamp') }}) as submitted_at,
        cast({{ json_attribute('data_values', 'survey_type') }} as {{ attribute_type('enum') }}) as survey_type,
        cast({{ json_attribute('data_values', 'item_type') }} as {{ attribute_type('enum') }}) as item_type,
        cast({{ json_attribute('data_values', 'item_id') }} as {{ attribute_type('string') }}) as item_id,
        cast({{ json_attribute('data_values', 'sales_content_id') }} as {{ attribute_type('string') }}) as sales_content_id,
        cast({{ json_attribute('data_values', 'sales_training_program_id') }} as {{ attribute_type('string') }}) as sales_training_program_id,
        cast({{ json_attribute('data_values', 'sales_playbook_id') }} as {{ attribute_type('string') }}) as sales_playbook_id,
        cast({{ json_attribute('data_values', 'sales_coaching_session_id') }} as {{ attribute_type('string') }}) as sales_coaching_session_id,
        cast({{ json_attribute('data_values', 'rating') }} as {{ attribute_type('decimal') }}) as rating,
        cast({{ json_attribute('data_values', 'relevance_rating') }} as {{ attribute_type('decimal') }}) as relevance_rating,
        cast({{ json_attribute('data_values', 'nps_score') }} as {{ attribute_type('integer') }}) as nps_score,
        cast({{ json_attribute('data_values', 'comment_sentiment') }} as {{ attribute_type('enum') }}) as comment_sentiment,
        cast({{ json_attribute('data_values', 'comment') }} as {{ attribute_type('string') }}) as comment,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'training_program_type') }} as {{ attribute_type('enum') }}) as training_program_type,
        cast({{ json_attribute('data_values', 'change_implemented_at') }} as {{ attribute_type('timestamp') }}) as change_implemented_at,
        cast({{ json_attribute('data_values', 'is_suggestion') }} as {{ attribute_type('boolean') }}) as is_suggestion,
        cast({{ json_attribute('data_values', 'responded_at') }} as {{ attribute_type('timestamp') }}) as responded_at,
        cast({{ json_attribute('data_values', 'implemented_at') }} as {{ attribute_type('timestamp') }}) as implemented_at,
        cast({{ json_attribute('data_values', 'confidence_before') }} as {{ attribute_type('integer') }}) as confidence_before,
        cast({{ json_attribute('data_values', 'confidence_after') }} as {{ attribute_type('integer') }}) as confidence_after,
        cast({{ json_attribute('data_values', 'morale_rating') }} as {{ attribute_type('integer') }}) as morale_rating,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
