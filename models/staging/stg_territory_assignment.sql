-- generated from definitions/object_models/territory_assignment.yml; do not edit
-- Territory Assignment: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'TERRITORY_ASSIGNMENT'

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
        cast({{ json_attribute('data_values', 'territory_assignment_id') }} as {{ attribute_type('string') }}) as territory_assignment_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'assignment_role') }} as {{ attribute_type('enum') }}) as assignment_role,
        cast({{ json_attribute('data_values', 'is_primary') }} as {{ attribute_type('boolean') }}) as is_primary,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'change_reason') }} as {{ attribute_type('enum') }}) as change_reason,
        cast({{ json_attribute('data_values', 'assigned_at') }} as {{ attribute_type('timestamp') }}) as assigned_at,
        cast({{ json_attribute('data_values', 'start_date') }} as {{ attribute_type('date') }}) as start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        cast({{ json_attribute('data_values', 'accounts_assigned_count') }} as {{ attribute_type('integer') }}) as accounts_assigned_count,
        cast({{ json_attribute('data_values', 'prospects_assigned_count') }} as {{ attribute_type('integer') }}) as prospects_assigned_count,
        cast({{ json_attribute('data_values', 'territory_potential_amount') }} as {{ attribute_type('decimal') }}) as territory_potential_amount,
        cast({{ json_attribute('data_values', 'current_revenue_amount') }} as {{ attribute_type('decimal') }}) as current_revenue_amount,
        cast({{ json_attribute('data_values', 'workload_index') }} as {{ attribute_type('decimal') }}) as workload_index,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
