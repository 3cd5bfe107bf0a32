-- generated from definitions/object_models/product.yml; do not edit
-- Product: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PRODUCT'

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
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'product_name') }} as {{ attribute_type('string') }}) as product_name,
        cast({{ json_attribute('data_values', 'sku') }} as {{ attribute_type('string') }}) as sku,
        cast({{ json_attribute('data_values', 'product_line') }} as {{ attribute_type('string') }}) as product_line,
        cast({{ json_attribute('data_values', 'product_family') }} as {{ attribute_type('string') }}) as product_family,
        cast({{ json_attribute('data_values', 'product_type') }} as {{ attribute_type('enum') }}) as product_type,
        cast({{ json_attribute('data_values', 'pricing_model') }} as {{ attribute_type('enum') }}) as pricing_model,
        cast({{ json_attribute('data_values', 'is_subscription') }} as {{ attribute_type('boolean') }}) as is_subscription,
        cast({{ json_attribute('data_values', 'is_add_on') }} as {{ attribute_type('boolean') }}) as is_add_on,
        cast({{ json_attribute('data_values', 'list_price') }} as {{ attribute_type('decimal') }}) as list_price,
        cast({{ json_attribute('data_values', 'unit_cost') }} as {{ attribute_type('decimal') }}) as unit_cost,
        cast({{ json_attribute('data_values', 'feature_count') }} as {{ attribute_type('integer') }}) as feature_count,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'launched_at') }} as {{ attribute_type('timestamp') }}) as launched_at,
        cast({{ json_attribute('data_values', 'retired_at') }} as {{ attribute_type('timestamp') }}) as retired_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
