-- generated from definitions/object_models/sales_appointment.yml; do not edit
-- Sales Appointment: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_APPOINTMENT'

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
        cast({{ json_attribute('data_values', 'sales_appointment_id') }} as {{ attribute_type('string') }}) as sales_appointment_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'booked_by_rep_id') }} as {{ attribute_type('string') }}) as booked_by_rep_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'booked_by_team_id') }} as {{ attribute_type('string') }}) as booked_by_team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'booking_channel') }} as {{ attribute_type('enum') }}) as booking_channel,
        cast({{ json_attribute('data_values', 'appointment_type') }} as {{ attribute_type('enum') }}) as appointment_type,
        cast({{ json_attribute('data_values', 'purpose') }} as {{ attribute_type('enum') }}) as purpose,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'booked_at') }} as {{ attribute_type('timestamp') }}) as booked_at,
        cast({{ json_attribute('data_values', 'scheduled_at') }} as {{ attribute_type('timestamp') }}) as scheduled_at,
        cast({{ json_attribute('data_values', 'held_at') }} as {{ attribute_type('timestamp') }}) as held_at,
        cast({{ json_attribute('data_values', 'cancelled_at') }} as {{ attribute_type('timestamp') }}) as cancelled_at,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('integer') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'is_qualified') }} as {{ attribute_type('boolean') }}) as is_qualified,
        cast({{ json_attribute('data_values', 'accepted_by_ae') }} as {{ attribute_type('boolean') }}) as accepted_by_ae,
        cast({{ json_attribute('data_values', 'opportunity_created') }} as {{ attribute_type('boolean') }}) as opportunity_created,
        cast({{ json_attribute('data_values', 'reschedule_count') }} as {{ attribute_type('integer') }}) as reschedule_count,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'booked_by_rep_role') }} as {{ attribute_type('enum') }}) as booked_by_rep_role,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
