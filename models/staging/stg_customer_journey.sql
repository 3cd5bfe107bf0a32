-- generated from definitions/object_models/customer_journey.yml; do not edit
-- Customer Journey: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_JOURNEY'

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
        cast({{ json_attribute('data_values', 'customer_journey_id') }} as {{ attribute_type('string') }}) as customer_journey_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'sale_id') }} as {{ attribute_type('string') }}) as sale_id,
        cast({{ json_attribute('data_values', 'stage') }} as {{ attribute_type('enum') }}) as stage,
        cast({{ json_attribute('data_values', 'previous_stage') }} as {{ attribute_type('enum') }}) as previous_stage,
        cast({{ json_attribute('data_values', 'entered_at') }} as {{ attribute_type('timestamp') }}) as entered_at,
        cast({{ json_attribute('data_values', 'exited_at') }} as {{ attribute_type('timestamp') }}) as exited_at,
        cast({{ json_attribute('data_values', 'exit_type') }} as {{ attribute_type('enum') }}) as exit_type,
        cast({{ json_attribute('data_values', 'touchpoint') }} as {{ attribute_type('enum') }}) as touchpoint,
        cast({{ json_attribute('data_values', 'channel') }} as {{ attribute_type('enum') }}) as channel,
        cast({{ json_attribute('data_values', 'is_current') }} as {{ attribute_type('boolean') }}) as is_current,
        cast({{ json_attribute('data_values', 'stage_satisfaction_score') }} as {{ attribute_type('integer') }}) as stage_satisfaction_score,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
