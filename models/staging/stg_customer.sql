-- generated from definitions/object_models/customer.yml; do not edit
-- Customer: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER'

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
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'customer_name') }} as {{ attribute_type('string') }}) as customer_name,
        cast({{ json_attribute('data_values', 'lifecycle_status') }} as {{ attribute_type('enum') }}) as lifecycle_status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'customer_since_date') }} as {{ attribute_type('date') }}) as customer_since_date,
        cast({{ json_attribute('data_values', 'churned_at') }} as {{ attribute_type('timestamp') }}) as churned_at,
        cast({{ json_attribute('data_values', 'reactivated_at') }} as {{ attribute_type('timestamp') }}) as reactivated_at,
        cast({{ json_attribute('data_values', 'first_opportunity_id') }} as {{ attribute_type('string') }}) as first_opportunity_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'account_manager_rep_id') }} as {{ attribute_type('string') }}) as account_manager_rep_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'is_key_account') }} as {{ attribute_type('boolean') }}) as is_key_account,
        cast({{ json_attribute('data_values', 'industry') }} as {{ attribute_type('string') }}) as industry,
        cast({{ json_attribute('data_values', 'country') }} as {{ attribute_type('string') }}) as country,
        cast({{ json_attribute('data_values', 'employee_count') }} as {{ attribute_type('integer') }}) as employee_count,
        cast({{ json_attribute('data_values', 'annual_revenue') }} as {{ attribute_type('decimal') }}) as annual_revenue,
        cast({{ json_attribute('data_values', 'acquisition_source') }} as {{ attribute_type('enum') }}) as acquisition_source,
        cast({{ json_attribute('data_values', 'acquisition_partner_id') }} as {{ attribute_type('string') }}) as acquisition_partner_id,
        cast({{ json_attribute('data_values', 'acquisition_cost') }} as {{ attribute_type('decimal') }}) as acquisition_cost,
        cast({{ json_attribute('data_values', 'gross_margin_percent') }} as {{ attribute_type('decimal') }}) as gross_margin_percent,
        cast({{ json_attribute('data_values', 'is_icp_fit') }} as {{ attribute_type('boolean') }}) as is_icp_fit,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
