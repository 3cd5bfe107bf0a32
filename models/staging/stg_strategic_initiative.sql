-- generated from definitions/object_models/strategic_initiative.yml; do not edit
-- Strategic Initiative: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'STRATEGIC_INITIATIVE'

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
        cast({{ json_attribute('data_values', 'strategic_initiative_id') }} as {{ attribute_type('string') }}) as strategic_initiative_id,
        cast({{ json_attribute('data_values', 'initiative_name') }} as {{ attribute_type('string') }}) as initiative_name,
        cast({{ json_attribute('data_values', 'objective') }} as {{ attribute_type('string') }}) as objective,
        cast({{ json_attribute('data_values', 'initiative_type') }} as {{ attribute_type('enum') }}) as initiative_type,
        cast({{ json_attribute('data_values', 'owner_rep_id') }} as {{ attribute_type('string') }}) as owner_rep_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'market_segment_id') }} as {{ attribute_type('string') }}) as market_segment_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'approved_at') }} as {{ attribute_type('timestamp') }}) as approved_at,
        cast({{ json_attribute('data_values', 'launched_at') }} as {{ attribute_type('timestamp') }}) as launched_at,
        cast({{ json_attribute('data_values', 'target_date') }} as {{ attribute_type('date') }}) as target_date,
        cast({{ json_attribute('data_values', 'completed_at') }} as {{ attribute_type('timestamp') }}) as completed_at,
        cast({{ json_attribute('data_values', 'budget') }} as {{ attribute_type('decimal') }}) as budget,
        cast({{ json_attribute('data_values', 'spend_to_date') }} as {{ attribute_type('decimal') }}) as spend_to_date,
        cast({{ json_attribute('data_values', 'revenue_target') }} as {{ attribute_type('decimal') }}) as revenue_target,
        cast({{ json_attribute('data_values', 'revenue_achieved') }} as {{ attribute_type('decimal') }}) as revenue_achieved,
        cast({{ json_attribute('data_values', 'milestones_total') }} as {{ attribute_type('integer') }}) as milestones_total,
        cast({{ json_attribute('data_values', 'milestones_completed') }} as {{ attribute_type('integer') }}) as milestones_completed,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
