-- generated from definitions/object_models/expansion_opportunity.yml; do not edit
-- Expansion Opportunity: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'EXPANSION_OPPORTUNITY'

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
        cast({{ json_attribute('data_values', 'expansion_opportunity_id') }} as {{ attribute_type('string') }}) as expansion_opportunity_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'qbr_id') }} as {{ attribute_type('string') }}) as qbr_id,
        cast({{ json_attribute('data_values', 'expansion_type') }} as {{ attribute_type('enum') }}) as expansion_type,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'identified_at') }} as {{ attribute_type('timestamp') }}) as identified_at,
        cast({{ json_attribute('data_values', 'expected_close_date') }} as {{ attribute_type('date') }}) as expected_close_date,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'expansion_arr') }} as {{ attribute_type('decimal') }}) as expansion_arr,
        cast({{ json_attribute('data_values', 'probability') }} as {{ attribute_type('decimal') }}) as probability,
        cast({{ json_attribute('data_values', 'is_first_expansion') }} as {{ attribute_type('boolean') }}) as is_first_expansion,
        cast({{ json_attribute('data_values', 'lost_reason') }} as {{ attribute_type('enum') }}) as lost_reason,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
