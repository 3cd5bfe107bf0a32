-- generated from definitions/object_models/field_visit.yml; do not edit
-- Field Visit: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'FIELD_VISIT'

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
        cast({{ json_attribute('data_values', 'field_visit_id') }} as {{ attribute_type('string') }}) as field_visit_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'sales_appointment_id') }} as {{ attribute_type('string') }}) as sales_appointment_id,
        cast({{ json_attribute('data_values', 'visit_type') }} as {{ attribute_type('enum') }}) as visit_type,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'visit_date') }} as {{ attribute_type('date') }}) as visit_date,
        cast({{ json_attribute('data_values', 'checked_in_at') }} as {{ attribute_type('timestamp') }}) as checked_in_at,
        cast({{ json_attribute('data_values', 'checked_out_at') }} as {{ attribute_type('timestamp') }}) as checked_out_at,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('integer') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'travel_distance_km') }} as {{ attribute_type('decimal') }}) as travel_distance_km,
        cast({{ json_attribute('data_values', 'travel_time_minutes') }} as {{ attribute_type('integer') }}) as travel_time_minutes,
        cast({{ json_attribute('data_values', 'travel_cost') }} as {{ attribute_type('decimal') }}) as travel_cost,
        cast({{ json_attribute('data_values', 'other_cost') }} as {{ attribute_type('decimal') }}) as other_cost,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'is_productive') }} as {{ attribute_type('boolean') }}) as is_productive,
        cast({{ json_attribute('data_values', 'opportunity_advanced') }} as {{ attribute_type('boolean') }}) as opportunity_advanced,
        cast({{ json_attribute('data_values', 'contacts_met_count') }} as {{ attribute_type('integer') }}) as contacts_met_count,
        cast({{ json_attribute('data_values', 'is_target_account') }} as {{ attribute_type('boolean') }}) as is_target_account,
        cast({{ json_attribute('data_values', 'is_customer_account') }} as {{ attribute_type('boolean') }}) as is_customer_account,
        cast({{ json_attribute('data_values', 'is_owner_visit') }} as {{ attribute_type('boolean') }}) as is_owner_visit,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
