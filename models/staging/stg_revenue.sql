-- generated from definitions/object_models/revenue.yml; do not edit
-- Revenue: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'REVENUE'

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
        cast({{ json_attribute('data_values', 'revenue_id') }} as {{ attribute_type('string') }}) as revenue_id,
        cast({{ json_attribute('data_values', 'recognized_date') }} as {{ attribute_type('date') }}) as recognized_date,
        cast({{ json_attribute('data_values', 'amount') }} as {{ attribute_type('decimal') }}) as amount,
        cast({{ json_attribute('data_values', 'cost_of_revenue') }} as {{ attribute_type('decimal') }}) as cost_of_revenue,
        cast({{ json_attribute('data_values', 'revenue_type') }} as {{ attribute_type('enum') }}) as revenue_type,
        cast({{ json_attribute('data_values', 'is_recurring') }} as {{ attribute_type('boolean') }}) as is_recurring,
        cast({{ json_attribute('data_values', 'mrr_amount') }} as {{ attribute_type('decimal') }}) as mrr_amount,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'channel') }} as {{ attribute_type('enum') }}) as channel,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'influencing_partner_id') }} as {{ attribute_type('string') }}) as influencing_partner_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        cast({{ json_attribute('data_values', 'is_key_account') }} as {{ attribute_type('boolean') }}) as is_key_account,
        cast({{ json_attribute('data_values', 'customer_since_date') }} as {{ attribute_type('date') }}) as customer_since_date,
        cast({{ json_attribute('data_values', 'market_entered_date') }} as {{ attribute_type('date') }}) as market_entered_date,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
