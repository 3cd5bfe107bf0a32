-- generated from definitions/object_models/renewal.yml; do not edit
-- Renewal: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'RENEWAL'

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
        cast({{ json_attribute('data_values', 'renewal_id') }} as {{ attribute_type('string') }}) as renewal_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'contract_id') }} as {{ attribute_type('string') }}) as contract_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'due_date') }} as {{ attribute_type('date') }}) as due_date,
        cast({{ json_attribute('data_values', 'opened_at') }} as {{ attribute_type('timestamp') }}) as opened_at,
        cast({{ json_attribute('data_values', 'renewed_at') }} as {{ attribute_type('timestamp') }}) as renewed_at,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'previous_arr') }} as {{ attribute_type('decimal') }}) as previous_arr,
        cast({{ json_attribute('data_values', 'renewed_arr') }} as {{ attribute_type('decimal') }}) as renewed_arr,
        cast({{ json_attribute('data_values', 'renewal_term_months') }} as {{ attribute_type('integer') }}) as renewal_term_months,
        cast({{ json_attribute('data_values', 'is_auto_renewal') }} as {{ attribute_type('boolean') }}) as is_auto_renewal,
        cast({{ json_attribute('data_values', 'is_early_renewal') }} as {{ attribute_type('boolean') }}) as is_early_renewal,
        cast({{ json_attribute('data_values', 'days_late') }} as {{ attribute_type('integer') }}) as days_late,
        cast({{ json_attribute('data_values', 'risk_level') }} as {{ attribute_type('enum') }}) as risk_level,
        cast({{ json_attribute('data_values', 'is_csm_touched') }} as {{ attribute_type('boolean') }}) as is_csm_touched,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
