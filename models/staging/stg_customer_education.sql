-- generated from definitions/object_models/customer_education.yml; do not edit
-- Customer Education: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_EDUCATION'

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
        cast({{ json_attribute('data_values', 'customer_education_id') }} as {{ attribute_type('string') }}) as customer_education_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'learner_id') }} as {{ attribute_type('string') }}) as learner_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'course_code') }} as {{ attribute_type('string') }}) as course_code,
        cast({{ json_attribute('data_values', 'course_name') }} as {{ attribute_type('string') }}) as course_name,
        cast({{ json_attribute('data_values', 'delivery_format') }} as {{ attribute_type('enum') }}) as delivery_format,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'enrolled_at') }} as {{ attribute_type('timestamp') }}) as enrolled_at,
        cast({{ json_attribute('data_values', 'started_at') }} as {{ attribute_type('timestamp') }}) as started_at,
        cast({{ json_attribute('data_values', 'completed_at') }} as {{ attribute_type('timestamp') }}) as completed_at,
        cast({{ json_attribute('data_values', 'time_spent_minutes') }} as {{ attribute_type('integer') }}) as time_spent_minutes,
        cast({{ json_attribute('data_values', 'assessment_score') }} as {{ attribute_type('decimal') }}) as assessment_score,
        cast({{ json_attribute('data_values', 'is_passed') }} as {{ attribute_type('boolean') }}) as is_passed,
        cast({{ json_attribute('data_values', 'is_certified') }} as {{ attribute_type('boolean') }}) as is_certified,
        cast({{ json_attribute('data_values', 'certified_at') }} as {{ attribute_type('timestamp') }}) as certified_at,
        cast({{ json_attribute('data_values', 'certification_expires_at') }} as {{ attribute_type('timestamp') }}) as certification_expires_at,
        cast({{ json_attribute('data_values', 'satisfaction_score') }} as {{ attribute_type('integer') }}) as satisfaction_score,
        cast({{ json_attribute('data_values', 'follow_up_assessed_at') }} as {{ attribute_type('timestamp') }}) as follow_up_assessed_at,
        cast({{ json_attribute('data_values', 'follow_up_assessment_score') }} as {{ attribute_type('decimal') }}) as follow_up_assessment_score,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
