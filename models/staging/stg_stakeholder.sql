-- generated from definitions/object_models/stakeholder.yml; do not edit
-- Stakeholder: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'STAKEHOLDER'

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
        cast({{ json_attribute('data_values', 'stakeholder_id') }} as {{ attribute_type('string') }}) as stakeholder_id,
        cast({{ json_attribute('data_values', 'key_account_id') }} as {{ attribute_type('string') }}) as key_account_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'job_title') }} as {{ attribute_type('string') }}) as job_title,
        cast({{ json_attribute('data_values', 'business_unit') }} as {{ attribute_type('string') }}) as business_unit,
        cast({{ json_attribute('data_values', 'buying_role') }} as {{ attribute_type('enum') }}) as buying_role,
        cast({{ json_attribute('data_values', 'seniority') }} as {{ attribute_type('enum') }}) as seniority,
        cast({{ json_attribute('data_values', 'influence') }} as {{ attribute_type('enum') }}) as influence,
        cast({{ json_attribute('data_values', 'is_decision_maker') }} as {{ attribute_type('boolean') }}) as is_decision_maker,
        cast({{ json_attribute('data_values', 'is_key_role') }} as {{ attribute_type('boolean') }}) as is_key_role,
        cast({{ json_attribute('data_values', 'relationship_strength') }} as {{ attribute_type('integer') }}) as relationship_strength,
        cast({{ json_attribute('data_values', 'sentiment') }} as {{ attribute_type('enum') }}) as sentiment,
        cast({{ json_attribute('data_values', 'added_at') }} as {{ attribute_type('timestamp') }}) as added_at,
        cast({{ json_attribute('data_values', 'last_engaged_at') }} as {{ attribute_type('timestamp') }}) as last_engaged_at,
        cast({{ json_attribute('data_values', 'engagements_last_90_days') }} as {{ attribute_type('integer') }}) as engagements_last_90_days,
        cast({{ json_attribute('data_values', 'left_at') }} as {{ attribute_type('timestamp') }}) as left_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
