-- generated from definitions/object_models/customer_feedback.yml; do not edit
-- Customer Feedback: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_FEEDBACK'

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
        cast({{ json_attribute('data_values', 'customer_feedback_id') }} as {{ attribute_type('string') }}) as customer_feedback_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'support_ticket_id') }} as {{ attribute_type('string') }}) as support_ticket_id,
        cast({{ json_attribute('data_values', 'respondent_id') }} as {{ attribute_type('string') }}) as respondent_id,
        cast({{ json_attribute('data_values', 'survey_type') }} as {{ attribute_type('enum') }}) as survey_type,
        cast({{ json_attribute('data_values', 'survey_context') }} as {{ attribute_type('enum') }}) as survey_context,
        cast({{ json_attribute('data_values', 'touchpoint') }} as {{ attribute_type('enum') }}) as touchpoint,
        cast({{ json_attribute('data_values', 'channel') }} as {{ attribute_type('enum') }}) as channel,
        cast({{ json_attribute('data_values', 'sent_at') }} as {{ attribute_type('timestamp') }}) as sent_at,
        cast({{ json_attribute('data_values', 'responded_at') }} as {{ attribute_type('timestamp') }}) as responded_at,
        cast({{ json_attribute('data_values', 'score') }} as {{ attribute_type('integer') }}) as score,
        cast({{ json_attribute('data_values', 'nps_category') }} as {{ attribute_type('enum') }}) as nps_category,
        cast({{ json_attribute('data_values', 'comment') }} as {{ attribute_type('string') }}) as comment,
        cast({{ json_attribute('data_values', 'comment_sentiment') }} as {{ attribute_type('enum') }}) as comment_sentiment,
        cast({{ json_attribute('data_values', 'requires_follow_up') }} as {{ attribute_type('boolean') }}) as requires_follow_up,
        cast({{ json_attribute('data_values', 'followed_up_at') }} as {{ attribute_type('timestamp') }}) as followed_up_at,
        cast({{ json_attribute('data_values', 'is_suggestion') }} as {{ attribute_type('boolean') }}) as is_suggestion,
        cast({{ json_attribute('data_values', 'implemented_at') }} as {{ attribute_type('timestamp') }}) as implemented_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
