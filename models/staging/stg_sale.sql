-- generated from definitions/object_models/sale.yml; do not edit
-- Sale: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALE'

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
        cast({{ json_attribute('data_values', 'sale_id') }} as {{ attribute_type('string') }}) as sale_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'subscription_id') }} as {{ attribute_type('string') }}) as subscription_id,
        cast({{ json_attribute('data_values', 'sold_at') }} as {{ attribute_type('timestamp') }}) as sold_at,
        cast({{ json_attribute('data_values', 'quantity') }} as {{ attribute_type('integer') }}) as quantity,
        cast({{ json_attribute('data_values', 'unit_price') }} as {{ attribute_type('decimal') }}) as unit_price,
        cast({{ json_attribute('data_values', 'list_unit_price') }} as {{ attribute_type('decimal') }}) as list_unit_price,
        cast({{ json_attribute('data_values', 'discount_amount') }} as {{ attribute_type('decimal') }}) as discount_amount,
        cast({{ json_attribute('data_values', 'amount') }} as {{ attribute_type('decimal') }}) as amount,
        cast({{ json_attribute('data_values', 'cost_amount') }} as {{ attribute_type('decimal') }}) as cost_amount,
        cast({{ json_attribute('data_values', 'is_recurring') }} as {{ attribute_type('boolean') }}) as is_recurring,
        cast({{ json_attribute('data_values', 'is_repeat_purchase') }} as {{ attribute_type('boolean') }}) as is_repeat_purchase,
        cast({{ json_attribute('data_values', 'sales_channel') }} as {{ attribute_type('enum') }}) as sales_channel,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'is_returned') }} as {{ attribute_type('boolean') }}) as is_returned,
        cast({{ json_attribute('data_values', 'returned_at') }} as {{ attribute_type('timestamp') }}) as returned_at,
        cast({{ json_attribute('data_values', 'refund_amount') }} as {{ attribute_type('decimal') }}) as refund_amount,
        cast({{ json_attribute('data_values', 'is_new_product') }} as {{ attribute_type('boolean') }}) as is_new_product,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
