-- generated from definitions/object_models/key_account.yml; do not edit
-- Key Account: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'KEY_ACCOUNT'

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
        cast({{ json_attribute('data_values', 'key_account_id') }} as {{ attribute_type('string') }}) as key_account_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'executive_sponsor_rep_id') }} as {{ attribute_type('string') }}) as executive_sponsor_rep_id,
        cast({{ json_attribute('data_values', 'tier') }} as {{ attribute_type('enum') }}) as tier,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'designated_at') }} as {{ attribute_type('timestamp') }}) as designated_at,
        cast({{ json_attribute('data_values', 'undesignated_at') }} as {{ attribute_type('timestamp') }}) as undesignated_at,
        cast({{ json_attribute('data_values', 'undesignation_reason') }} as {{ attribute_type('enum') }}) as undesignation_reason,
        cast({{ json_attribute('data_values', 'target_revenue') }} as {{ attribute_type('decimal') }}) as target_revenue,
        cast({{ json_attribute('data_values', 'total_spend_potential') }} as {{ attribute_type('decimal') }}) as total_spend_potential,
        cast({{ json_attribute('data_values', 'share_of_wallet_estimate') }} as {{ attribute_type('decimal') }}) as share_of_wallet_estimate,
        cast({{ json_attribute('data_values', 'target_stakeholder_roles') }} as {{ attribute_type('integer') }}) as target_stakeholder_roles,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
