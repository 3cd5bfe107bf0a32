-- generated from definitions/object_models/sales_email.yml; do not edit
-- Sales Email: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_EMAIL'

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
        cast({{ json_attribute('data_values', 'sales_email_id') }} as {{ attribute_type('string') }}) as sales_email_id,
        cast({{ json_attribute('data_values', 'sales_activity_id') }} as {{ attribute_type('string') }}) as sales_activity_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sequence_id') }} as {{ attribute_type('string') }}) as sequence_id,
        cast({{ json_attribute('data_values', 'sequence_step') }} as {{ attribute_type('integer') }}) as sequence_step,
        cast({{ json_attribute('data_values', 'template_id') }} as {{ attribute_type('string') }}) as template_id,
        cast({{ json_attribute('data_values', 'sales_content_id') }} as {{ attribute_type('string') }}) as sales_content_id,
        cast({{ json_attribute('data_values', 'is_automated') }} as {{ attribute_type('boolean') }}) as is_automated,
        cast({{ json_attribute('data_values', 'sent_at') }} as {{ attribute_type('timestamp') }}) as sent_at,
        cast({{ json_attribute('data_values', 'bounced') }} as {{ attribute_type('boolean') }}) as bounced,
        cast({{ json_attribute('data_values', 'opened_at') }} as {{ attribute_type('timestamp') }}) as opened_at,
        cast({{ json_attribute('data_values', 'open_count') }} as {{ attribute_type('integer') }}) as open_count,
        cast({{ json_attribute('data_values', 'clicked_at') }} as {{ attribute_type('timestamp') }}) as clicked_at,
        cast({{ json_attribute('data_values', 'replied_at') }} as {{ attribute_type('timestamp') }}) as replied_at,
        cast({{ json_attribute('data_values', 'reply_sentiment') }} as {{ attribute_type('enum') }}) as reply_sentiment,
        cast({{ json_attribute('data_values', 'unsubscribed') }} as {{ attribute_type('boolean') }}) as unsubscribed,
        cast({{ json_attribute('data_values', 'meeting_booked') }} as {{ attribute_type('boolean') }}) as meeting_booked,
        cast({{ json_attribute('data_values', 'sales_content_type') }} as {{ attribute_type('enum') }}) as sales_content_type,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
