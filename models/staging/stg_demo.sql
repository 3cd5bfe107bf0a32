-- generated from definitions/object_models/demo.yml; do not edit
-- Demo: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'DEMO'

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
        cast({{ json_attribute('data_values', 'demo_id') }} as {{ attribute_type('string') }}) as demo_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'booked_by_rep_id') }} as {{ attribute_type('string') }}) as booked_by_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'demo_type') }} as {{ attribute_type('enum') }}) as demo_type,
        cast({{ json_attribute('data_values', 'delivery_mode') }} as {{ attribute_type('enum') }}) as delivery_mode,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'scheduled_at') }} as {{ attribute_type('timestamp') }}) as scheduled_at,
        cast({{ json_attribute('data_values', 'held_at') }} as {{ attribute_type('timestamp') }}) as held_at,
        cast({{ json_attribute('data_values', 'cancelled_at') }} as {{ attribute_type('timestamp') }}) as cancelled_at,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('integer') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'attendee_count') }} as {{ attribute_type('integer') }}) as attendee_count,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'next_step_agreed') }} as {{ attribute_type('boolean') }}) as next_step_agreed,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
