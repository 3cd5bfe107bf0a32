-- generated from definitions/object_models/sales_assessment.yml; do not edit
-- Sales Assessment: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_ASSESSMENT'

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
        cast({{ json_attribute('data_values', 'sales_assessment_id') }} as {{ attribute_type('string') }}) as sales_assessment_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'assessor_rep_id') }} as {{ attribute_type('string') }}) as assessor_rep_id,
        cast({{ json_attribute('data_values', 'sales_training_program_id') }} as {{ attribute_type('string') }}) as sales_training_program_id,
        cast({{ json_attribute('data_values', 'assessment_name') }} as {{ attribute_type('string') }}) as assessment_name,
        cast({{ json_attribute('data_values', 'assessment_type') }} as {{ attribute_type('enum') }}) as assessment_type,
        cast({{ json_attribute('data_values', 'skill_area') }} as {{ attribute_type('enum') }}) as skill_area,
        cast({{ json_attribute('data_values', 'assessment_phase') }} as {{ attribute_type('enum') }}) as assessment_phase,
        cast({{ json_attribute('data_values', 'taken_at') }} as {{ attribute_type('timestamp') }}) as taken_at,
        cast({{ json_attribute('data_values', 'score') }} as {{ attribute_type('decimal') }}) as score,
        cast({{ json_attribute('data_values', 'pass_threshold') }} as {{ attribute_type('decimal') }}) as pass_threshold,
        cast({{ json_attribute('data_values', 'passed') }} as {{ attribute_type('boolean') }}) as passed,
        cast({{ json_attribute('data_values', 'attempt_number') }} as {{ attribute_type('integer') }}) as attempt_number,
        cast({{ json_attribute('data_values', 'skill_applied_on_job') }} as {{ attribute_type('boolean') }}) as skill_applied_on_job,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'duration_minutes') }} as {{ attribute_type('integer') }}) as duration_minutes,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
