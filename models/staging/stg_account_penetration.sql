-- generated from definitions/object_models/account_penetration.yml; do not edit
-- Account Penetration: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'ACCOUNT_PENETRATION'

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
        cast({{ json_attribute('data_values', 'account_penetration_id') }} as {{ attribute_type('string') }}) as account_penetration_id,
        cast({{ json_attribute('data_values', 'key_account_id') }} as {{ attribute_type('string') }}) as key_account_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'period_type') }} as {{ attribute_type('enum') }}) as period_type,
        cast({{ json_attribute('data_values', 'period_start_date') }} as {{ attribute_type('date') }}) as period_start_date,
        cast({{ json_attribute('data_values', 'period_end_date') }} as {{ attribute_type('date') }}) as period_end_date,
        cast({{ json_attribute('data_values', 'products_owned') }} as {{ attribute_type('integer') }}) as products_owned,
        cast({{ json_attribute('data_values', 'products_available') }} as {{ attribute_type('integer') }}) as products_available,
        cast({{ json_attribute('data_values', 'business_units_penetrated') }} as {{ attribute_type('integer') }}) as business_units_penetrated,
        cast({{ json_attribute('data_values', 'business_units_total') }} as {{ attribute_type('integer') }}) as business_units_total,
        cast({{ json_attribute('data_values', 'seats_licensed') }} as {{ attribute_type('integer') }}) as seats_licensed,
        cast({{ json_attribute('data_values', 'seats_potential') }} as {{ attribute_type('integer') }}) as seats_potential,
        cast({{ json_attribute('data_values', 'roles_covered') }} as {{ attribute_type('integer') }}) as roles_covered,
        cast({{ json_attribute('data_values', 'roles_target') }} as {{ attribute_type('integer') }}) as roles_target,
        cast({{ json_attribute('data_values', 'revenue_captured') }} as {{ attribute_type('decimal') }}) as revenue_captured,
        cast({{ json_attribute('data_values', 'total_spend_potential') }} as {{ attribute_type('decimal') }}) as total_spend_potential,
        cast({{ json_attribute('data_values', 'wallet_share') }} as {{ attribute_type('decimal') }}) as wallet_share,
        cast({{ json_attribute('data_values', 'whitespace_value') }} as {{ attribute_type('decimal') }}) as whitespace_value,
        cast({{ json_attribute('data_values', 'revenue_potential') }} as {{ attribute_type('decimal') }}) as revenue_potential,
        cast({{ json_attribute('data_values', 'stakeholders_engaged') }} as {{ attribute_type('integer') }}) as stakeholders_engaged,
        cast({{ json_attribute('data_values', 'executive_engaged') }} as {{ attribute_type('boolean') }}) as executive_engaged,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
