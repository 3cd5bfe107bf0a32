-- generated from definitions/object_models/account_risk.yml; do not edit
-- Account Risk: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'ACCOUNT_RISK'

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
        cast({{ json_attribute('data_values', 'account_risk_id') }} as {{ attribute_type('string') }}) as account_risk_id,
        cast({{ json_attribute('data_values', 'key_account_id') }} as {{ attribute_type('string') }}) as key_account_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'risk_type') }} as {{ attribute_type('enum') }}) as risk_type,
        cast({{ json_attribute('data_values', 'severity') }} as {{ attribute_type('enum') }}) as severity,
        cast({{ json_attribute('data_values', 'likelihood') }} as {{ attribute_type('decimal') }}) as likelihood,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'identified_at') }} as {{ attribute_type('timestamp') }}) as identified_at,
        cast({{ json_attribute('data_values', 'target_resolution_date') }} as {{ attribute_type('date') }}) as target_resolution_date,
        cast({{ json_attribute('data_values', 'resolved_at') }} as {{ attribute_type('timestamp') }}) as resolved_at,
        cast({{ json_attribute('data_values', 'arr_at_risk') }} as {{ attribute_type('decimal') }}) as arr_at_risk,
        cast({{ json_attribute('data_values', 'arr_lost') }} as {{ attribute_type('decimal') }}) as arr_lost,
        cast({{ json_attribute('data_values', 'mitigation_plan') }} as {{ attribute_type('string') }}) as mitigation_plan,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
