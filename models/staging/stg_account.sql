-- generated from definitions/object_models/account.yml; do not edit
-- Account: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'ACCOUNT'

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
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'account_name') }} as {{ attribute_type('string') }}) as account_name,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'parent_account_id') }} as {{ attribute_type('string') }}) as parent_account_id,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'first_contract_date') }} as {{ attribute_type('date') }}) as first_contract_date,
        cast({{ json_attribute('data_values', 'churned_at') }} as {{ attribute_type('timestamp') }}) as churned_at,
        cast({{ json_attribute('data_values', 'last_activity_at') }} as {{ attribute_type('timestamp') }}) as last_activity_at,
        cast({{ json_attribute('data_values', 'owner_rep_id') }} as {{ attribute_type('string') }}) as owner_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'is_key_account') }} as {{ attribute_type('boolean') }}) as is_key_account,
        cast({{ json_attribute('data_values', 'is_target_account') }} as {{ attribute_type('boolean') }}) as is_target_account,
        cast({{ json_attribute('data_values', 'industry') }} as {{ attribute_type('string') }}) as industry,
        cast({{ json_attribute('data_values', 'country') }} as {{ attribute_type('string') }}) as country,
        cast({{ json_attribute('data_values', 'employee_count') }} as {{ attribute_type('integer') }}) as employee_count,
        cast({{ json_attribute('data_values', 'annual_revenue') }} as {{ attribute_type('decimal') }}) as annual_revenue,
        cast({{ json_attribute('data_values', 'estimated_category_spend') }} as {{ attribute_type('decimal') }}) as estimated_category_spend,
        cast({{ json_attribute('data_values', 'potential_revenue') }} as {{ attribute_type('decimal') }}) as potential_revenue,
        cast({{ json_attribute('data_values', 'licensed_seat_potential') }} as {{ attribute_type('integer') }}) as licensed_seat_potential,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
