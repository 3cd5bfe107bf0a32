-- generated from definitions/object_models/support_ticket.yml; do not edit
-- Support Ticket: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SUPPORT_TICKET'

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
        cast({{ json_attribute('data_values', 'support_ticket_id') }} as {{ attribute_type('string') }}) as support_ticket_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'assigned_agent_id') }} as {{ attribute_type('string') }}) as assigned_agent_id,
        cast({{ json_attribute('data_values', 'sla_id') }} as {{ attribute_type('string') }}) as sla_id,
        cast({{ json_attribute('data_values', 'channel') }} as {{ attribute_type('enum') }}) as channel,
        cast({{ json_attribute('data_values', 'priority') }} as {{ attribute_type('enum') }}) as priority,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'category') }} as {{ attribute_type('enum') }}) as category,
        cast({{ json_attribute('data_values', 'opened_at') }} as {{ attribute_type('timestamp') }}) as opened_at,
        cast({{ json_attribute('data_values', 'first_response_at') }} as {{ attribute_type('timestamp') }}) as first_response_at,
        cast({{ json_attribute('data_values', 'escalated_at') }} as {{ attribute_type('timestamp') }}) as escalated_at,
        cast({{ json_attribute('data_values', 'resolved_at') }} as {{ attribute_type('timestamp') }}) as resolved_at,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'first_response_business_minutes') }} as {{ attribute_type('integer') }}) as first_response_business_minutes,
        cast({{ json_attribute('data_values', 'resolution_business_hours') }} as {{ attribute_type('decimal') }}) as resolution_business_hours,
        cast({{ json_attribute('data_values', 'agent_reply_count') }} as {{ attribute_type('integer') }}) as agent_reply_count,
        cast({{ json_attribute('data_values', 'reopen_count') }} as {{ attribute_type('integer') }}) as reopen_count,
        cast({{ json_attribute('data_values', 'is_escalated') }} as {{ attribute_type('boolean') }}) as is_escalated,
        cast({{ json_attribute('data_values', 'is_first_contact_resolution') }} as {{ attribute_type('boolean') }}) as is_first_contact_resolution,
        cast({{ json_attribute('data_values', 'is_sla_breached') }} as {{ attribute_type('boolean') }}) as is_sla_breached,
        cast({{ json_attribute('data_values', 'satisfaction_score') }} as {{ attribute_type('integer') }}) as satisfaction_score,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
