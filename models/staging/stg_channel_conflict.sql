-- generated from definitions/object_models/channel_conflict.yml; do not edit
-- Channel Conflict: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CHANNEL_CONFLICT'

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
        cast({{ json_attribute('data_values', 'channel_conflict_id') }} as {{ attribute_type('string') }}) as channel_conflict_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'other_partner_id') }} as {{ attribute_type('string') }}) as other_partner_id,
        cast({{ json_attribute('data_values', 'conflict_type') }} as {{ attribute_type('enum') }}) as conflict_type,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'partner_portal_id') }} as {{ attribute_type('string') }}) as partner_portal_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'raised_at') }} as {{ attribute_type('timestamp') }}) as raised_at,
        cast({{ json_attribute('data_values', 'raised_by') }} as {{ attribute_type('enum') }}) as raised_by,
        cast({{ json_attribute('data_values', 'resolved_at') }} as {{ attribute_type('timestamp') }}) as resolved_at,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'resolution') }} as {{ attribute_type('enum') }}) as resolution,
        cast({{ json_attribute('data_values', 'is_escalated') }} as {{ attribute_type('boolean') }}) as is_escalated,
        cast({{ json_attribute('data_values', 'amount_at_stake') }} as {{ attribute_type('decimal') }}) as amount_at_stake,
        cast({{ json_attribute('data_values', 'days_to_resolve') }} as {{ attribute_type('decimal') }}) as days_to_resolve,
        cast({{ json_attribute('data_values', 'direct_rep_id') }} as {{ attribute_type('string') }}) as direct_rep_id,
        cast({{ json_attribute('data_values', 'channel_manager_rep_id') }} as {{ attribute_type('string') }}) as channel_manager_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
