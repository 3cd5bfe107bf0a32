-- generated from definitions/object_models/customer_success_manager.yml; do not edit
-- Customer Success Manager: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_SUCCESS_MANAGER'

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
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'full_name') }} as {{ attribute_type('string') }}) as full_name,
        cast({{ json_attribute('data_values', 'email') }} as {{ attribute_type('string') }}) as email,
        cast({{ json_attribute('data_values', 'csm_team') }} as {{ attribute_type('string') }}) as csm_team,
        cast({{ json_attribute('data_values', 'manager_csm_id') }} as {{ attribute_type('string') }}) as manager_csm_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'region') }} as {{ attribute_type('string') }}) as region,
        cast({{ json_attribute('data_values', 'level') }} as {{ attribute_type('enum') }}) as level,
        cast({{ json_attribute('data_values', 'coverage_model') }} as {{ attribute_type('enum') }}) as coverage_model,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'hire_date') }} as {{ attribute_type('date') }}) as hire_date,
        cast({{ json_attribute('data_values', 'role_start_date') }} as {{ attribute_type('date') }}) as role_start_date,
        cast({{ json_attribute('data_values', 'role_end_date') }} as {{ attribute_type('date') }}) as role_end_date,
        cast({{ json_attribute('data_values', 'capacity_accounts') }} as {{ attribute_type('integer') }}) as capacity_accounts,
        cast({{ json_attribute('data_values', 'capacity_arr') }} as {{ attribute_type('decimal') }}) as capacity_arr,
        cast({{ json_attribute('data_values', 'book_accounts_count') }} as {{ attribute_type('integer') }}) as book_accounts_count,
        cast({{ json_attribute('data_values', 'book_arr') }} as {{ attribute_type('decimal') }}) as book_arr,
        cast({{ json_attribute('data_values', 'annual_cost') }} as {{ attribute_type('decimal') }}) as annual_cost,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
