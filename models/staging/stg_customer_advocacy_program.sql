-- generated from definitions/object_models/customer_advocacy_program.yml; do not edit
-- Customer Advocacy Program: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_ADVOCACY_PROGRAM'

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
        cast({{ json_attribute('data_values', 'customer_advocacy_program_id') }} as {{ attribute_type('string') }}) as customer_advocacy_program_id,
        cast({{ json_attribute('data_values', 'advocate_id') }} as {{ attribute_type('string') }}) as advocate_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'influenced_opportunity_id') }} as {{ attribute_type('string') }}) as influenced_opportunity_id,
        cast({{ json_attribute('data_values', 'program_tier') }} as {{ attribute_type('enum') }}) as program_tier,
        cast({{ json_attribute('data_values', 'enrolled_at') }} as {{ attribute_type('timestamp') }}) as enrolled_at,
        cast({{ json_attribute('data_values', 'left_at') }} as {{ attribute_type('timestamp') }}) as left_at,
        cast({{ json_attribute('data_values', 'activity_type') }} as {{ attribute_type('enum') }}) as activity_type,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'requested_at') }} as {{ attribute_type('timestamp') }}) as requested_at,
        cast({{ json_attribute('data_values', 'activity_at') }} as {{ attribute_type('timestamp') }}) as activity_at,
        cast({{ json_attribute('data_values', 'review_rating') }} as {{ attribute_type('integer') }}) as review_rating,
        cast({{ json_attribute('data_values', 'influenced_revenue') }} as {{ attribute_type('decimal') }}) as influenced_revenue,
        cast({{ json_attribute('data_values', 'points_awarded') }} as {{ attribute_type('integer') }}) as points_awarded,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
