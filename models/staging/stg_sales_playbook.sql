-- generated from definitions/object_models/sales_playbook.yml; do not edit
-- Sales Playbook: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_PLAYBOOK'

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
        cast({{ json_attribute('data_values', 'sales_playbook_id') }} as {{ attribute_type('string') }}) as sales_playbook_id,
        cast({{ json_attribute('data_values', 'playbook_code') }} as {{ attribute_type('string') }}) as playbook_code,
        cast({{ json_attribute('data_values', 'playbook_name') }} as {{ attribute_type('string') }}) as playbook_name,
        cast({{ json_attribute('data_values', 'playbook_version') }} as {{ attribute_type('string') }}) as playbook_version,
        cast({{ json_attribute('data_values', 'playbook_type') }} as {{ attribute_type('enum') }}) as playbook_type,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'applied_at') }} as {{ attribute_type('timestamp') }}) as applied_at,
        cast({{ json_attribute('data_values', 'steps_total') }} as {{ attribute_type('integer') }}) as steps_total,
        cast({{ json_attribute('data_values', 'steps_completed') }} as {{ attribute_type('integer') }}) as steps_completed,
        cast({{ json_attribute('data_values', 'followed_steps_pct') }} as {{ attribute_type('decimal') }}) as followed_steps_pct,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'opportunity_amount') }} as {{ attribute_type('decimal') }}) as opportunity_amount,
        cast({{ json_attribute('data_values', 'days_to_close') }} as {{ attribute_type('integer') }}) as days_to_close,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
