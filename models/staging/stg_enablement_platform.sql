-- generated from definitions/object_models/enablement_platform.yml; do not edit
-- Enablement Platform: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'ENABLEMENT_PLATFORM'

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
        cast({{ json_attribute('data_values', 'enablement_platform_id') }} as {{ attribute_type('string') }}) as enablement_platform_id,
        cast({{ json_attribute('data_values', 'platform_name') }} as {{ attribute_type('string') }}) as platform_name,
        cast({{ json_attribute('data_values', 'platform_category') }} as {{ attribute_type('enum') }}) as platform_category,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'usage_date') }} as {{ attribute_type('date') }}) as usage_date,
        cast({{ json_attribute('data_values', 'has_license') }} as {{ attribute_type('boolean') }}) as has_license,
        cast({{ json_attribute('data_values', 'is_active') }} as {{ attribute_type('boolean') }}) as is_active,
        cast({{ json_attribute('data_values', 'logins') }} as {{ attribute_type('integer') }}) as logins,
        cast({{ json_attribute('data_values', 'content_views') }} as {{ attribute_type('integer') }}) as content_views,
        cast({{ json_attribute('data_values', 'content_shares') }} as {{ attribute_type('integer') }}) as content_shares,
        cast({{ json_attribute('data_values', 'training_modules_completed') }} as {{ attribute_type('integer') }}) as training_modules_completed,
        cast({{ json_attribute('data_values', 'minutes_active') }} as {{ attribute_type('integer') }}) as minutes_active,
        cast({{ json_attribute('data_values', 'seat_cost') }} as {{ attribute_type('decimal') }}) as seat_cost,
        cast({{ json_attribute('data_values', 'mobile_minutes_active') }} as {{ attribute_type('integer') }}) as mobile_minutes_active,
        cast({{ json_attribute('data_values', 'training_material_accesses') }} as {{ attribute_type('integer') }}) as training_material_accesses,
        cast({{ json_attribute('data_values', 'training_materials_available') }} as {{ attribute_type('integer') }}) as training_materials_available,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
