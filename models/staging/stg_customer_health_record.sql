-- generated from definitions/object_models/customer_health_record.yml; do not edit
-- Customer Health Record: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_HEALTH_RECORD'

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
        cast({{ json_attribute('data_values', 'customer_health_record_id') }} as {{ attribute_type('string') }}) as customer_health_record_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'recorded_at') }} as {{ attribute_type('timestamp') }}) as recorded_at,
        cast({{ json_attribute('data_values', 'superseded_at') }} as {{ attribute_type('timestamp') }}) as superseded_at,
        cast({{ json_attribute('data_values', 'health_score') }} as {{ attribute_type('integer') }}) as health_score,
        cast({{ json_attribute('data_values', 'previous_health_score') }} as {{ attribute_type('integer') }}) as previous_health_score,
        cast({{ json_attribute('data_values', 'health_status') }} as {{ attribute_type('enum') }}) as health_status,
        cast({{ json_attribute('data_values', 'usage_score') }} as {{ attribute_type('integer') }}) as usage_score,
        cast({{ json_attribute('data_values', 'support_score') }} as {{ attribute_type('integer') }}) as support_score,
        cast({{ json_attribute('data_values', 'sentiment_score') }} as {{ attribute_type('integer') }}) as sentiment_score,
        cast({{ json_attribute('data_values', 'engagement_score') }} as {{ attribute_type('integer') }}) as engagement_score,
        cast({{ json_attribute('data_values', 'outcome_score') }} as {{ attribute_type('integer') }}) as outcome_score,
        cast({{ json_attribute('data_values', 'is_at_risk') }} as {{ attribute_type('boolean') }}) as is_at_risk,
        cast({{ json_attribute('data_values', 'risk_reason') }} as {{ attribute_type('enum') }}) as risk_reason,
        cast({{ json_attribute('data_values', 'arr') }} as {{ attribute_type('decimal') }}) as arr,
        cast({{ json_attribute('data_values', 'next_renewal_date') }} as {{ attribute_type('date') }}) as next_renewal_date,
        cast({{ json_attribute('data_values', 'previous_health_status') }} as {{ attribute_type('enum') }}) as previous_health_status,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
