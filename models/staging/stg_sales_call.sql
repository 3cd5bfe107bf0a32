-- generated from definitions/object_models/sales_call.yml; do not edit
-- Sales Call: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_CALL'

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
        cast({{ json_attribute('data_values', 'sales_call_id') }} as {{ attribute_type('string') }}) as sales_call_id,
        cast({{ json_attribute('data_values', 'sales_activity_id') }} as {{ attribute_type('string') }}) as sales_activity_id,
        cast({{ json_attribute('data_values', 'direction') }} as {{ attribute_type('enum') }}) as direction,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'dialed_at') }} as {{ attribute_type('timestamp') }}) as dialed_at,
        cast({{ json_attribute('data_values', 'ended_at') }} as {{ attribute_type('timestamp') }}) as ended_at,
        cast({{ json_attribute('data_values', 'is_connected') }} as {{ attribute_type('boolean') }}) as is_connected,
        cast({{ json_attribute('data_values', 'is_prospect_reached') }} as {{ attribute_type('boolean') }}) as is_prospect_reached,
        cast({{ json_attribute('data_values', 'is_quality_conversation') }} as {{ attribute_type('boolean') }}) as is_quality_conversation,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'meeting_booked') }} as {{ attribute_type('boolean') }}) as meeting_booked,
        cast({{ json_attribute('data_values', 'duration_seconds') }} as {{ attribute_type('integer') }}) as duration_seconds,
        cast({{ json_attribute('data_values', 'talk_time_seconds') }} as {{ attribute_type('integer') }}) as talk_time_seconds,
        cast({{ json_attribute('data_values', 'is_automated_dial') }} as {{ attribute_type('boolean') }}) as is_automated_dial,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
