-- generated from definitions/object_models/lead_qualification.yml; do not edit
-- Lead Qualification: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'LEAD_QUALIFICATION'

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
        cast({{ json_attribute('data_values', 'lead_qualification_id') }} as {{ attribute_type('string') }}) as lead_qualification_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sdr_id') }} as {{ attribute_type('string') }}) as sdr_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'accepted_by_rep_id') }} as {{ attribute_type('string') }}) as accepted_by_rep_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'framework') }} as {{ attribute_type('enum') }}) as framework,
        cast({{ json_attribute('data_values', 'result') }} as {{ attribute_type('enum') }}) as result,
        cast({{ json_attribute('data_values', 'disqualification_reason') }} as {{ attribute_type('enum') }}) as disqualification_reason,
        cast({{ json_attribute('data_values', 'budget_score') }} as {{ attribute_type('integer') }}) as budget_score,
        cast({{ json_attribute('data_values', 'authority_score') }} as {{ attribute_type('integer') }}) as authority_score,
        cast({{ json_attribute('data_values', 'need_score') }} as {{ attribute_type('integer') }}) as need_score,
        cast({{ json_attribute('data_values', 'timing_score') }} as {{ attribute_type('integer') }}) as timing_score,
        cast({{ json_attribute('data_values', 'qualification_score') }} as {{ attribute_type('decimal') }}) as qualification_score,
        cast({{ json_attribute('data_values', 'lead_created_at') }} as {{ attribute_type('timestamp') }}) as lead_created_at,
        cast({{ json_attribute('data_values', 'qualified_at') }} as {{ attribute_type('timestamp') }}) as qualified_at,
        cast({{ json_attribute('data_values', 'time_to_qualify_hours') }} as {{ attribute_type('decimal') }}) as time_to_qualify_hours,
        cast({{ json_attribute('data_values', 'accepted_by_sales') }} as {{ attribute_type('boolean') }}) as accepted_by_sales,
        cast({{ json_attribute('data_values', 'accepted_at') }} as {{ attribute_type('timestamp') }}) as accepted_at,
        cast({{ json_attribute('data_values', 'opportunity_created_at') }} as {{ attribute_type('timestamp') }}) as opportunity_created_at,
        cast({{ json_attribute('data_values', 'opportunity_amount') }} as {{ attribute_type('decimal') }}) as opportunity_amount,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
