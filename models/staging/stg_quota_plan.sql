-- generated from definitions/object_models/quota_plan.yml; do not edit
-- Quota Plan: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'QUOTA_PLAN'

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
        cast({{ json_attribute('data_values', 'quota_plan_id') }} as {{ attribute_type('string') }}) as quota_plan_id,
        cast({{ json_attribute('data_values', 'plan_name') }} as {{ attribute_type('string') }}) as plan_name,
        cast({{ json_attribute('data_values', 'plan_year') }} as {{ attribute_type('integer') }}) as plan_year,
        cast({{ json_attribute('data_values', 'version') }} as {{ attribute_type('integer') }}) as version,
        cast({{ json_attribute('data_values', 'scope') }} as {{ attribute_type('enum') }}) as scope,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'quota_type') }} as {{ attribute_type('enum') }}) as quota_type,
        cast({{ json_attribute('data_values', 'start_date') }} as {{ attribute_type('date') }}) as start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        cast({{ json_attribute('data_values', 'total_target_amount') }} as {{ attribute_type('decimal') }}) as total_target_amount,
        cast({{ json_attribute('data_values', 'total_assigned_quota_amount') }} as {{ attribute_type('decimal') }}) as total_assigned_quota_amount,
        cast({{ json_attribute('data_values', 'over_assignment_rate') }} as {{ attribute_type('decimal') }}) as over_assignment_rate,
        cast({{ json_attribute('data_values', 'planned_headcount') }} as {{ attribute_type('integer') }}) as planned_headcount,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'approved_at') }} as {{ attribute_type('timestamp') }}) as approved_at,
        cast({{ json_attribute('data_values', 'published_at') }} as {{ attribute_type('timestamp') }}) as published_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
