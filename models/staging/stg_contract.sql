-- generated from definitions/object_models/contract.yml; do not edit
-- Contract: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CONTRACT'

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
        cast({{ json_attribute('data_values', 'contract_id') }} as {{ attribute_type('string') }}) as contract_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'proposal_id') }} as {{ attribute_type('string') }}) as proposal_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'previous_contract_id') }} as {{ attribute_type('string') }}) as previous_contract_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'contract_type') }} as {{ attribute_type('enum') }}) as contract_type,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'signed_at') }} as {{ attribute_type('timestamp') }}) as signed_at,
        cast({{ json_attribute('data_values', 'start_date') }} as {{ attribute_type('date') }}) as start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        cast({{ json_attribute('data_values', 'terminated_at') }} as {{ attribute_type('timestamp') }}) as terminated_at,
        cast({{ json_attribute('data_values', 'term_months') }} as {{ attribute_type('integer') }}) as term_months,
        cast({{ json_attribute('data_values', 'total_contract_value') }} as {{ attribute_type('decimal') }}) as total_contract_value,
        cast({{ json_attribute('data_values', 'annual_contract_value') }} as {{ attribute_type('decimal') }}) as annual_contract_value,
        cast({{ json_attribute('data_values', 'monthly_recurring_value') }} as {{ attribute_type('decimal') }}) as monthly_recurring_value,
        cast({{ json_attribute('data_values', 'one_time_value') }} as {{ attribute_type('decimal') }}) as one_time_value,
        cast({{ json_attribute('data_values', 'discount_amount') }} as {{ attribute_type('decimal') }}) as discount_amount,
        cast({{ json_attribute('data_values', 'auto_renew') }} as {{ attribute_type('boolean') }}) as auto_renew,
        cast({{ json_attribute('data_values', 'notice_period_days') }} as {{ attribute_type('integer') }}) as notice_period_days,
        cast({{ json_attribute('data_values', 'renewal_outcome') }} as {{ attribute_type('enum') }}) as renewal_outcome,
        cast({{ json_attribute('data_values', 'renewal_decided_at') }} as {{ attribute_type('timestamp') }}) as renewal_decided_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
