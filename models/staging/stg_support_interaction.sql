-- generated from definitions/object_models/support_interaction.yml; do not edit
-- Support Interaction: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SUPPORT_INTERACTION'

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
        cast({{ json_attribute('data_values', 'support_interaction_id') }} as {{ attribute_type('string') }}) as support_interaction_id,
        cast({{ json_attribute('data_values', 'support_ticket_id') }} as {{ attribute_type('string') }}) as support_ticket_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'agent_id') }} as {{ attribute_type('string') }}) as agent_id,
        cast({{ json_attribute('data_values', 'handler_role') }} as {{ attribute_type('enum') }}) as handler_role,
        cast({{ json_attribute('data_values', 'interaction_type') }} as {{ attribute_type('enum') }}) as interaction_type,
        cast({{ json_attribute('data_values', 'channel') }} as {{ attribute_type('enum') }}) as channel,
        cast({{ json_attribute('data_values', 'direction') }} as {{ attribute_type('enum') }}) as direction,
        cast({{ json_attribute('data_values', 'occurred_at') }} as {{ attribute_type('timestamp') }}) as occurred_at,
        cast({{ json_attribute('data_values', 'duration_seconds') }} as {{ attribute_type('integer') }}) as duration_seconds,
        cast({{ json_attribute('data_values', 'is_proactive') }} as {{ attribute_type('boolean') }}) as is_proactive,
        cast({{ json_attribute('data_values', 'is_automated') }} as {{ attribute_type('boolean') }}) as is_automated,
        cast({{ json_attribute('data_values', 'is_first_response') }} as {{ attribute_type('boolean') }}) as is_first_response,
        cast({{ json_attribute('data_values', 'is_resolving') }} as {{ attribute_type('boolean') }}) as is_resolving,
        cast({{ json_attribute('data_values', 'sentiment') }} as {{ attribute_type('enum') }}) as sentiment,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
