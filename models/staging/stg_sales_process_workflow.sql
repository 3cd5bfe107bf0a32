-- generated from definitions/object_models/sales_process_workflow.yml; do not edit
-- Sales Process Workflow: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_PROCESS_WORKFLOW'

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
        cast({{ json_attribute('data_values', 'sales_process_workflow_id') }} as {{ attribute_type('string') }}) as sales_process_workflow_id,
        cast({{ json_attribute('data_values', 'workflow_name') }} as {{ attribute_type('string') }}) as workflow_name,
        cast({{ json_attribute('data_values', 'workflow_type') }} as {{ attribute_type('enum') }}) as workflow_type,
        cast({{ json_attribute('data_values', 'workflow_run_id') }} as {{ attribute_type('string') }}) as workflow_run_id,
        cast({{ json_attribute('data_values', 'step_name') }} as {{ attribute_type('string') }}) as step_name,
        cast({{ json_attribute('data_values', 'step_order') }} as {{ attribute_type('integer') }}) as step_order,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'assignee_role') }} as {{ attribute_type('enum') }}) as assignee_role,
        cast({{ json_attribute('data_values', 'is_automated') }} as {{ attribute_type('boolean') }}) as is_automated,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'started_at') }} as {{ attribute_type('timestamp') }}) as started_at,
        cast({{ json_attribute('data_values', 'completed_at') }} as {{ attribute_type('timestamp') }}) as completed_at,
        cast({{ json_attribute('data_values', 'duration_hours') }} as {{ attribute_type('decimal') }}) as duration_hours,
        cast({{ json_attribute('data_values', 'sla_hours') }} as {{ attribute_type('decimal') }}) as sla_hours,
        cast({{ json_attribute('data_values', 'sla_breached') }} as {{ attribute_type('boolean') }}) as sla_breached,
        cast({{ json_attribute('data_values', 'rework_count') }} as {{ attribute_type('integer') }}) as rework_count,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
