-- generated from definitions/object_models/customer_data_quality.yml; do not edit
-- Customer Data Quality: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_DATA_QUALITY'

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
        cast({{ json_attribute('data_values', 'customer_data_quality_id') }} as {{ attribute_type('string') }}) as customer_data_quality_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'source_system') }} as {{ attribute_type('enum') }}) as source_system,
        cast({{ json_attribute('data_values', 'checked_at') }} as {{ attribute_type('timestamp') }}) as checked_at,
        cast({{ json_attribute('data_values', 'required_fields_count') }} as {{ attribute_type('integer') }}) as required_fields_count,
        cast({{ json_attribute('data_values', 'missing_fields_count') }} as {{ attribute_type('integer') }}) as missing_fields_count,
        cast({{ json_attribute('data_values', 'missing_fields') }} as {{ attribute_type('string') }}) as missing_fields,
        cast({{ json_attribute('data_values', 'completeness_rate') }} as {{ attribute_type('decimal') }}) as completeness_rate,
        cast({{ json_attribute('data_values', 'is_duplicate') }} as {{ attribute_type('boolean') }}) as is_duplicate,
        cast({{ json_attribute('data_values', 'duplicate_of_customer_id') }} as {{ attribute_type('string') }}) as duplicate_of_customer_id,
        cast({{ json_attribute('data_values', 'accuracy_issues_count') }} as {{ attribute_type('integer') }}) as accuracy_issues_count,
        cast({{ json_attribute('data_values', 'is_stale') }} as {{ attribute_type('boolean') }}) as is_stale,
        cast({{ json_attribute('data_values', 'record_updated_at') }} as {{ attribute_type('timestamp') }}) as record_updated_at,
        cast({{ json_attribute('data_values', 'quality_score') }} as {{ attribute_type('integer') }}) as quality_score,
        cast({{ json_attribute('data_values', 'remediated_at') }} as {{ attribute_type('timestamp') }}) as remediated_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
