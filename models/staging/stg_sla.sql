-- generated from definitions/object_models/sla.yml; do not edit
-- Service Level Agreement: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SLA'

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
        cast({{ json_attribute('data_values', 'sla_id') }} as {{ attribute_type('string') }}) as sla_id,
        cast({{ json_attribute('data_values', 'sla_name') }} as {{ attribute_type('string') }}) as sla_name,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'support_tier') }} as {{ attribute_type('enum') }}) as support_tier,
        cast({{ json_attribute('data_values', 'priority') }} as {{ attribute_type('enum') }}) as priority,
        cast({{ json_attribute('data_values', 'first_response_target_minutes') }} as {{ attribute_type('integer') }}) as first_response_target_minutes,
        cast({{ json_attribute('data_values', 'resolution_target_hours') }} as {{ attribute_type('decimal') }}) as resolution_target_hours,
        cast({{ json_attribute('data_values', 'is_business_hours_only') }} as {{ attribute_type('boolean') }}) as is_business_hours_only,
        cast({{ json_attribute('data_values', 'uptime_target') }} as {{ attribute_type('decimal') }}) as uptime_target,
        cast({{ json_attribute('data_values', 'service_credit_rate') }} as {{ attribute_type('decimal') }}) as service_credit_rate,
        cast({{ json_attribute('data_values', 'effective_start_date') }} as {{ attribute_type('date') }}) as effective_start_date,
        cast({{ json_attribute('data_values', 'effective_end_date') }} as {{ attribute_type('date') }}) as effective_end_date,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
