-- generated from definitions/object_models/partner_portal.yml; do not edit
-- Partner Portal: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PARTNER_PORTAL'

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
        cast({{ json_attribute('data_values', 'partner_portal_id') }} as {{ attribute_type('string') }}) as partner_portal_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'partner_user_id') }} as {{ attribute_type('string') }}) as partner_user_id,
        cast({{ json_attribute('data_values', 'activity_type') }} as {{ attribute_type('enum') }}) as activity_type,
        cast({{ json_attribute('data_values', 'occurred_at') }} as {{ attribute_type('timestamp') }}) as occurred_at,
        cast({{ json_attribute('data_values', 'session_minutes') }} as {{ attribute_type('integer') }}) as session_minutes,
        cast({{ json_attribute('data_values', 'sales_content_id') }} as {{ attribute_type('string') }}) as sales_content_id,
        cast({{ json_attribute('data_values', 'sales_training_program_id') }} as {{ attribute_type('string') }}) as sales_training_program_id,
        cast({{ json_attribute('data_values', 'submitted_at') }} as {{ attribute_type('timestamp') }}) as submitted_at,
        cast({{ json_attribute('data_values', 'registration_status') }} as {{ attribute_type('enum') }}) as registration_status,
        cast({{ json_attribute('data_values', 'reviewed_at') }} as {{ attribute_type('timestamp') }}) as reviewed_at,
        cast({{ json_attribute('data_values', 'approved_at') }} as {{ attribute_type('timestamp') }}) as approved_at,
        cast({{ json_attribute('data_values', 'hours_to_decision') }} as {{ attribute_type('decimal') }}) as hours_to_decision,
        cast({{ json_attribute('data_values', 'rejection_reason') }} as {{ attribute_type('enum') }}) as rejection_reason,
        cast({{ json_attribute('data_values', 'is_conflict_flagged') }} as {{ attribute_type('boolean') }}) as is_conflict_flagged,
        cast({{ json_attribute('data_values', 'protection_expires_date') }} as {{ attribute_type('date') }}) as protection_expires_date,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'registered_amount') }} as {{ attribute_type('decimal') }}) as registered_amount,
        cast({{ json_attribute('data_values', 'deal_outcome') }} as {{ attribute_type('enum') }}) as deal_outcome,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'won_amount') }} as {{ attribute_type('decimal') }}) as won_amount,
        cast({{ json_attribute('data_values', 'days_approval_to_close') }} as {{ attribute_type('decimal') }}) as days_approval_to_close,
        cast({{ json_attribute('data_values', 'channel_manager_rep_id') }} as {{ attribute_type('string') }}) as channel_manager_rep_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
