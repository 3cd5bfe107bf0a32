-- generated from definitions/object_models/churn_event.yml; do not edit
-- Churn Event: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CHURN_EVENT'

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
        cast({{ json_attribute('data_values', 'churn_event_id') }} as {{ attribute_type('string') }}) as churn_event_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'renewal_id') }} as {{ attribute_type('string') }}) as renewal_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'churn_type') }} as {{ attribute_type('enum') }}) as churn_type,
        cast({{ json_attribute('data_values', 'churn_scope') }} as {{ attribute_type('enum') }}) as churn_scope,
        cast({{ json_attribute('data_values', 'reason') }} as {{ attribute_type('enum') }}) as reason,
        cast({{ json_attribute('data_values', 'cancel_requested_at') }} as {{ attribute_type('timestamp') }}) as cancel_requested_at,
        cast({{ json_attribute('data_values', 'saved_at') }} as {{ attribute_type('timestamp') }}) as saved_at,
        cast({{ json_attribute('data_values', 'churned_at') }} as {{ attribute_type('timestamp') }}) as churned_at,
        cast({{ json_attribute('data_values', 'mrr_lost') }} as {{ attribute_type('decimal') }}) as mrr_lost,
        cast({{ json_attribute('data_values', 'customer_since_date') }} as {{ attribute_type('date') }}) as customer_since_date,
        cast({{ json_attribute('data_values', 'tenure_months') }} as {{ attribute_type('integer') }}) as tenure_months,
        cast({{ json_attribute('data_values', 'health_score_at_churn') }} as {{ attribute_type('integer') }}) as health_score_at_churn,
        cast({{ json_attribute('data_values', 'is_preventable') }} as {{ attribute_type('boolean') }}) as is_preventable,
        cast({{ json_attribute('data_values', 'won_back_at') }} as {{ attribute_type('timestamp') }}) as won_back_at,
        cast({{ json_attribute('data_values', 'reactivated_mrr') }} as {{ attribute_type('decimal') }}) as reactivated_mrr,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
