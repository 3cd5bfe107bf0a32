-- generated from definitions/object_models/sales_representative.yml; do not edit
-- Sales Representative: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_REPRESENTATIVE'

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
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'full_name') }} as {{ attribute_type('string') }}) as full_name,
        cast({{ json_attribute('data_values', 'role') }} as {{ attribute_type('enum') }}) as role,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'manager_rep_id') }} as {{ attribute_type('string') }}) as manager_rep_id,
        cast({{ json_attribute('data_values', 'employment_status') }} as {{ attribute_type('enum') }}) as employment_status,
        cast({{ json_attribute('data_values', 'hire_date') }} as {{ attribute_type('date') }}) as hire_date,
        cast({{ json_attribute('data_values', 'role_start_date') }} as {{ attribute_type('date') }}) as role_start_date,
        cast({{ json_attribute('data_values', 'ramp_end_date') }} as {{ attribute_type('date') }}) as ramp_end_date,
        cast({{ json_attribute('data_values', 'termination_date') }} as {{ attribute_type('date') }}) as termination_date,
        cast({{ json_attribute('data_values', 'first_deal_date') }} as {{ attribute_type('date') }}) as first_deal_date,
        cast({{ json_attribute('data_values', 'is_quota_carrying') }} as {{ attribute_type('boolean') }}) as is_quota_carrying,
        cast({{ json_attribute('data_values', 'annual_ote') }} as {{ attribute_type('decimal') }}) as annual_ote,
        cast({{ json_attribute('data_values', 'annual_fully_loaded_cost') }} as {{ attribute_type('decimal') }}) as annual_fully_loaded_cost,
        cast({{ json_attribute('data_values', 'weekly_working_hours') }} as {{ attribute_type('decimal') }}) as weekly_working_hours,
        cast({{ json_attribute('data_values', 'is_remote') }} as {{ attribute_type('boolean') }}) as is_remote,
        cast({{ json_attribute('data_values', 'termination_type') }} as {{ attribute_type('enum') }}) as termination_type,
        cast({{ json_attribute('data_values', 'is_regretted_attrition') }} as {{ attribute_type('boolean') }}) as is_regretted_attrition,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
