-- generated from definitions/object_models/sales_pipeline.yml; do not edit
-- Sales Pipeline: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_PIPELINE'

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
        cast({{ json_attribute('data_values', 'sales_pipeline_id') }} as {{ attribute_type('string') }}) as sales_pipeline_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'from_stage') }} as {{ attribute_type('enum') }}) as from_stage,
        cast({{ json_attribute('data_values', 'to_stage') }} as {{ attribute_type('enum') }}) as to_stage,
        cast({{ json_attribute('data_values', 'is_forward') }} as {{ attribute_type('boolean') }}) as is_forward,
        cast({{ json_attribute('data_values', 'changed_at') }} as {{ attribute_type('timestamp') }}) as changed_at,
        cast({{ json_attribute('data_values', 'from_stage_entered_at') }} as {{ attribute_type('timestamp') }}) as from_stage_entered_at,
        cast({{ json_attribute('data_values', 'days_in_from_stage') }} as {{ attribute_type('decimal') }}) as days_in_from_stage,
        cast({{ json_attribute('data_values', 'opportunity_created_at') }} as {{ attribute_type('timestamp') }}) as opportunity_created_at,
        cast({{ json_attribute('data_values', 'amount') }} as {{ attribute_type('decimal') }}) as amount,
        cast({{ json_attribute('data_values', 'probability') }} as {{ attribute_type('decimal') }}) as probability,
        cast({{ json_attribute('data_values', 'expected_close_date') }} as {{ attribute_type('date') }}) as expected_close_date,
        cast({{ json_attribute('data_values', 'previous_expected_close_date') }} as {{ attribute_type('date') }}) as previous_expected_close_date,
        cast({{ json_attribute('data_values', 'exited_at') }} as {{ attribute_type('timestamp') }}) as exited_at,
        cast({{ json_attribute('data_values', 'stale_at') }} as {{ attribute_type('timestamp') }}) as stale_at,
        cast({{ json_attribute('data_values', 'next_step_set_at') }} as {{ attribute_type('timestamp') }}) as next_step_set_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
