-- generated from definitions/object_models/sales_team.yml; do not edit
-- Sales Team: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_TEAM'

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
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'team_name') }} as {{ attribute_type('string') }}) as team_name,
        cast({{ json_attribute('data_values', 'team_type') }} as {{ attribute_type('enum') }}) as team_type,
        cast({{ json_attribute('data_values', 'manager_rep_id') }} as {{ attribute_type('string') }}) as manager_rep_id,
        cast({{ json_attribute('data_values', 'parent_team_id') }} as {{ attribute_type('string') }}) as parent_team_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'region') }} as {{ attribute_type('string') }}) as region,
        cast({{ json_attribute('data_values', 'planned_headcount') }} as {{ attribute_type('integer') }}) as planned_headcount,
        cast({{ json_attribute('data_values', 'annual_budget') }} as {{ attribute_type('decimal') }}) as annual_budget,
        cast({{ json_attribute('data_values', 'created_date') }} as {{ attribute_type('date') }}) as created_date,
        cast({{ json_attribute('data_values', 'dissolved_date') }} as {{ attribute_type('date') }}) as dissolved_date,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
