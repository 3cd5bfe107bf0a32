-- generated from definitions/object_models/subscription.yml; do not edit
-- Subscription: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SUBSCRIPTION'

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
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'previous_subscription_id') }} as {{ attribute_type('string') }}) as previous_subscription_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'plan_name') }} as {{ attribute_type('string') }}) as plan_name,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'change_type') }} as {{ attribute_type('enum') }}) as change_type,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'start_date') }} as {{ attribute_type('date') }}) as start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        cast({{ json_attribute('data_values', 'current_term_end_date') }} as {{ attribute_type('date') }}) as current_term_end_date,
        cast({{ json_attribute('data_values', 'cancellation_requested_at') }} as {{ attribute_type('timestamp') }}) as cancellation_requested_at,
        cast({{ json_attribute('data_values', 'cancellation_reason') }} as {{ attribute_type('enum') }}) as cancellation_reason,
        cast({{ json_attribute('data_values', 'billing_interval') }} as {{ attribute_type('enum') }}) as billing_interval,
        cast({{ json_attribute('data_values', 'term_months') }} as {{ attribute_type('integer') }}) as term_months,
        cast({{ json_attribute('data_values', 'is_renewal') }} as {{ attribute_type('boolean') }}) as is_renewal,
        cast({{ json_attribute('data_values', 'is_auto_renew') }} as {{ attribute_type('boolean') }}) as is_auto_renew,
        cast({{ json_attribute('data_values', 'quantity') }} as {{ attribute_type('integer') }}) as quantity,
        cast({{ json_attribute('data_values', 'unit_price') }} as {{ attribute_type('decimal') }}) as unit_price,
        cast({{ json_attribute('data_values', 'discount_percent') }} as {{ attribute_type('decimal') }}) as discount_percent,
        cast({{ json_attribute('data_values', 'discount_amount') }} as {{ attribute_type('decimal') }}) as discount_amount,
        cast({{ json_attribute('data_values', 'mrr') }} as {{ attribute_type('decimal') }}) as mrr,
        cast({{ json_attribute('data_values', 'arr') }} as {{ attribute_type('decimal') }}) as arr,
        cast({{ json_attribute('data_values', 'is_key_account') }} as {{ attribute_type('boolean') }}) as is_key_account,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
