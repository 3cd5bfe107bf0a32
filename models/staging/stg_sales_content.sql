-- generated from definitions/object_models/sales_content.yml; do not edit
-- Sales Content: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_CONTENT'

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
        cast({{ json_attribute('data_values', 'sales_content_id') }} as {{ attribute_type('string') }}) as sales_content_id,
        cast({{ json_attribute('data_values', 'title') }} as {{ attribute_type('string') }}) as title,
        cast({{ json_attribute('data_values', 'content_type') }} as {{ attribute_type('enum') }}) as content_type,
        cast({{ json_attribute('data_values', 'sales_stage') }} as {{ attribute_type('enum') }}) as sales_stage,
        cast({{ json_attribute('data_values', 'audience') }} as {{ attribute_type('enum') }}) as audience,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'published_at') }} as {{ attribute_type('timestamp') }}) as published_at,
        cast({{ json_attribute('data_values', 'last_updated_at') }} as {{ attribute_type('timestamp') }}) as last_updated_at,
        cast({{ json_attribute('data_values', 'retired_at') }} as {{ attribute_type('timestamp') }}) as retired_at,
        cast({{ json_attribute('data_values', 'first_used_at') }} as {{ attribute_type('timestamp') }}) as first_used_at,
        cast({{ json_attribute('data_values', 'last_used_at') }} as {{ attribute_type('timestamp') }}) as last_used_at,
        cast({{ json_attribute('data_values', 'views_count') }} as {{ attribute_type('integer') }}) as views_count,
        cast({{ json_attribute('data_values', 'shares_count') }} as {{ attribute_type('integer') }}) as shares_count,
        cast({{ json_attribute('data_values', 'opportunities_used_count') }} as {{ attribute_type('integer') }}) as opportunities_used_count,
        cast({{ json_attribute('data_values', 'won_opportunities_count') }} as {{ attribute_type('integer') }}) as won_opportunities_count,
        cast({{ json_attribute('data_values', 'influenced_revenue') }} as {{ attribute_type('decimal') }}) as influenced_revenue,
        cast({{ json_attribute('data_values', 'production_cost') }} as {{ attribute_type('decimal') }}) as production_cost,
        cast({{ json_attribute('data_values', 'contributor_rep_id') }} as {{ attribute_type('string') }}) as contributor_rep_id,
        cast({{ json_attribute('data_values', 'variant_type') }} as {{ attribute_type('enum') }}) as variant_type,
        cast({{ json_attribute('data_values', 'source_content_id') }} as {{ attribute_type('string') }}) as source_content_id,
        cast({{ json_attribute('data_values', 'language') }} as {{ attribute_type('string') }}) as language,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
