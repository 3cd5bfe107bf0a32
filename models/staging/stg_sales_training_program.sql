-- generated from definitions/object_models/sales_training_program.yml; do not edit
-- Sales Training Program: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_TRAINING_PROGRAM'

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
        cast({{ json_attribute('data_values', 'sales_training_program_id') }} as {{ attribute_type('string') }}) as sales_training_program_id,
        cast({{ json_attribute('data_values', 'program_code') }} as {{ attribute_type('string') }}) as program_code,
        cast({{ json_attribute('data_values', 'program_name') }} as {{ attribute_type('string') }}) as program_name,
        cast({{ json_attribute('data_values', 'program_type') }} as {{ attribute_type('enum') }}) as program_type,
        cast({{ json_attribute('data_values', 'delivery_method') }} as {{ attribute_type('enum') }}) as delivery_method,
        cast({{ json_attribute('data_values', 'participant_type') }} as {{ attribute_type('enum') }}) as participant_type,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'partner_user_id') }} as {{ attribute_type('string') }}) as partner_user_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'is_required') }} as {{ attribute_type('boolean') }}) as is_required,
        cast({{ json_attribute('data_values', 'enrolled_at') }} as {{ attribute_type('timestamp') }}) as enrolled_at,
        cast({{ json_attribute('data_values', 'started_at') }} as {{ attribute_type('timestamp') }}) as started_at,
        cast({{ json_attribute('data_values', 'due_date') }} as {{ attribute_type('date') }}) as due_date,
        cast({{ json_attribute('data_values', 'completed_at') }} as {{ attribute_type('timestamp') }}) as completed_at,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'items_assigned') }} as {{ attribute_type('integer') }}) as items_assigned,
        cast({{ json_attribute('data_values', 'items_completed') }} as {{ attribute_type('integer') }}) as items_completed,
        cast({{ json_attribute('data_values', 'score') }} as {{ attribute_type('decimal') }}) as score,
        cast({{ json_attribute('data_values', 'passed') }} as {{ attribute_type('boolean') }}) as passed,
        cast({{ json_attribute('data_values', 'certified') }} as {{ attribute_type('boolean') }}) as certified,
        cast({{ json_attribute('data_values', 'certified_at') }} as {{ attribute_type('timestamp') }}) as certified_at,
        cast({{ json_attribute('data_values', 'certification_expiry_date') }} as {{ attribute_type('date') }}) as certification_expiry_date,
        cast({{ json_attribute('data_values', 'hours') }} as {{ attribute_type('decimal') }}) as hours,
        cast({{ json_attribute('data_values', 'cost') }} as {{ attribute_type('decimal') }}) as cost,
        cast({{ json_attribute('data_values', 'attributed_benefit') }} as {{ attribute_type('decimal') }}) as attributed_benefit,
        cast({{ json_attribute('data_values', 'pre_training_sales_amount') }} as {{ attribute_type('decimal') }}) as pre_training_sales_amount,
        cast({{ json_attribute('data_values', 'post_training_sales_amount') }} as {{ attribute_type('decimal') }}) as post_training_sales_amount,
        cast({{ json_attribute('data_values', 'trainer_id') }} as {{ attribute_type('string') }}) as trainer_id,
        cast({{ json_attribute('data_values', 'development_plan_id') }} as {{ attribute_type('string') }}) as development_plan_id,
        cast({{ json_attribute('data_values', 'program_version_id') }} as {{ attribute_type('string') }}) as program_version_id,
        cast({{ json_attribute('data_values', 'program_version_number') }} as {{ attribute_type('integer') }}) as program_version_number,
        cast({{ json_attribute('data_values', 'program_version_released_at') }} as {{ attribute_type('timestamp') }}) as program_version_released_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
