-- generated from definitions/object_models/key_account_manager.yml; do not edit
-- Key Account Manager: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'KEY_ACCOUNT_MANAGER'

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
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'full_name') }} as {{ attribute_type('string') }}) as full_name,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'seniority') }} as {{ attribute_type('enum') }}) as seniority,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'hire_date') }} as {{ attribute_type('date') }}) as hire_date,
        cast({{ json_attribute('data_values', 'role_start_date') }} as {{ attribute_type('date') }}) as role_start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        cast({{ json_attribute('data_values', 'portfolio_size') }} as {{ attribute_type('integer') }}) as portfolio_size,
        cast({{ json_attribute('data_values', 'portfolio_capacity') }} as {{ attribute_type('integer') }}) as portfolio_capacity,
        cast({{ json_attribute('data_values', 'annual_revenue_target') }} as {{ attribute_type('decimal') }}) as annual_revenue_target,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
