-- generated from definitions/object_models/knowledge_base.yml; do not edit
-- Knowledge Base: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'KNOWLEDGE_BASE'

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
        cast({{ json_attribute('data_values', 'knowledge_base_id') }} as {{ attribute_type('string') }}) as knowledge_base_id,
        cast({{ json_attribute('data_values', 'title') }} as {{ attribute_type('string') }}) as title,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'category') }} as {{ attribute_type('enum') }}) as category,
        cast({{ json_attribute('data_values', 'language') }} as {{ attribute_type('string') }}) as language,
        cast({{ json_attribute('data_values', 'author_id') }} as {{ attribute_type('string') }}) as author_id,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'is_internal') }} as {{ attribute_type('boolean') }}) as is_internal,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'published_at') }} as {{ attribute_type('timestamp') }}) as published_at,
        cast({{ json_attribute('data_values', 'last_updated_at') }} as {{ attribute_type('timestamp') }}) as last_updated_at,
        cast({{ json_attribute('data_values', 'archived_at') }} as {{ attribute_type('timestamp') }}) as archived_at,
        cast({{ json_attribute('data_values', 'views_count') }} as {{ attribute_type('integer') }}) as views_count,
        cast({{ json_attribute('data_values', 'unique_viewers_count') }} as {{ attribute_type('integer') }}) as unique_viewers_count,
        cast({{ json_attribute('data_values', 'helpful_votes') }} as {{ attribute_type('integer') }}) as helpful_votes,
        cast({{ json_attribute('data_values', 'unhelpful_votes') }} as {{ attribute_type('integer') }}) as unhelpful_votes,
        cast({{ json_attribute('data_values', 'linked_tickets_count') }} as {{ attribute_type('integer') }}) as linked_tickets_count,
        cast({{ json_attribute('data_values', 'deflected_tickets_count') }} as {{ attribute_type('integer') }}) as deflected_tickets_count,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
