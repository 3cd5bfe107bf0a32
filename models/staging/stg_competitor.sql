-- generated from definitions/object_models/competitor.yml; do not edit
-- Competitor: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'COMPETITOR'

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
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'competitor_name') }} as {{ attribute_type('string') }}) as competitor_name,
        cast({{ json_attribute('data_values', 'tier') }} as {{ attribute_type('enum') }}) as tier,
        cast({{ json_attribute('data_values', 'primary_product_name') }} as {{ attribute_type('string') }}) as primary_product_name,
        cast({{ json_attribute('data_values', 'competes_with_product_id') }} as {{ attribute_type('string') }}) as competes_with_product_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'pricing_position') }} as {{ attribute_type('enum') }}) as pricing_position,
        cast({{ json_attribute('data_values', 'headquarters_country') }} as {{ attribute_type('string') }}) as headquarters_country,
        cast({{ json_attribute('data_values', 'estimated_annual_revenue') }} as {{ attribute_type('decimal') }}) as estimated_annual_revenue,
        cast({{ json_attribute('data_values', 'estimated_market_sales_amount') }} as {{ attribute_type('decimal') }}) as estimated_market_sales_amount,
        cast({{ json_attribute('data_values', 'estimated_market_share') }} as {{ attribute_type('decimal') }}) as estimated_market_share,
        cast({{ json_attribute('data_values', 'is_active') }} as {{ attribute_type('boolean') }}) as is_active,
        cast({{ json_attribute('data_values', 'first_encountered_at') }} as {{ attribute_type('timestamp') }}) as first_encountered_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
