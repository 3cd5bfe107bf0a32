-- generated from definitions/object_models/sales_quota.yml; do not edit
-- Sales Quota: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_QUOTA'

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
        cast({{ json_attribute('data_values', 'sales_quota_id') }} as {{ attribute_type('string') }}) as sales_quota_id,
        cast({{ json_attribute('data_values', 'quota_plan_id') }} as {{ attribute_type('string') }}) as quota_plan_id,
        cast({{ json_attribute('data_values', 'assignee_level') }} as {{ attribute_type('enum') }}) as assignee_level,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'quota_type') }} as {{ attribute_type('enum') }}) as quota_type,
        cast({{ json_attribute('data_values', 'period_type') }} as {{ attribute_type('enum') }}) as period_type,
        cast({{ json_attribute('data_values', 'period_start') }} as {{ attribute_type('date') }}) as period_start,
        cast({{ json_attribute('data_values', 'period_end') }} as {{ attribute_type('date') }}) as period_end,
        cast({{ json_attribute('data_values', 'quota_amount') }} as {{ attribute_type('decimal') }}) as quota_amount,
        cast({{ json_attribute('data_values', 'quota_count') }} as {{ attribute_type('integer') }}) as quota_count,
        cast({{ json_attribute('data_values', 'is_ramping') }} as {{ attribute_type('boolean') }}) as is_ramping,
        cast({{ json_attribute('data_values', 'ramp_factor') }} as {{ attribute_type('decimal') }}) as ramp_factor,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'assigned_at') }} as {{ attribute_type('timestamp') }}) as assigned_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
