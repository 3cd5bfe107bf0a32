-- generated from definitions/object_models/sales_activity.yml; do not edit
-- Sales Activity: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_ACTIVITY'

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
        cast({{ json_attribute('data_values', 'sales_activity_id') }} as {{ attribute_type('string') }}) as sales_activity_id,
        cast({{ json_attribute('data_values', 'activity_type') }} as {{ attribute_type('enum') }}) as activity_type,
        cast({{ json_attribute('data_values', 'direction') }} as {{ attribute_type('enum') }}) as direction,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'occurred_at') }} as {{ attribute_type('timestamp') }}) as occurred_at,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('decimal') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'is_automated') }} as {{ attribute_type('boolean') }}) as is_automated,
        cast({{ json_attribute('data_values', 'is_live_conversation') }} as {{ attribute_type('boolean') }}) as is_live_conversation,
        cast({{ json_attribute('data_values', 'is_selling_time') }} as {{ attribute_type('boolean') }}) as is_selling_time,
        cast({{ json_attribute('data_values', 'meeting_booked') }} as {{ attribute_type('boolean') }}) as meeting_booked,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
