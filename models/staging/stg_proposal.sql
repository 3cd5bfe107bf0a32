-- generated from definitions/object_models/proposal.yml; do not edit
-- Proposal: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PROPOSAL'

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
        cast({{ json_attribute('data_values', 'proposal_id') }} as {{ attribute_type('string') }}) as proposal_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'version') }} as {{ attribute_type('integer') }}) as version,
        cast({{ json_attribute('data_values', 'is_latest_version') }} as {{ attribute_type('boolean') }}) as is_latest_version,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'list_amount') }} as {{ attribute_type('decimal') }}) as list_amount,
        cast({{ json_attribute('data_values', 'discount_amount') }} as {{ attribute_type('decimal') }}) as discount_amount,
        cast({{ json_attribute('data_values', 'discount_rate') }} as {{ attribute_type('decimal') }}) as discount_rate,
        cast({{ json_attribute('data_values', 'amount') }} as {{ attribute_type('decimal') }}) as amount,
        cast({{ json_attribute('data_values', 'annual_amount') }} as {{ attribute_type('decimal') }}) as annual_amount,
        cast({{ json_attribute('data_values', 'term_months') }} as {{ attribute_type('integer') }}) as term_months,
        cast({{ json_attribute('data_values', 'requires_approval') }} as {{ attribute_type('boolean') }}) as requires_approval,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'approved_at') }} as {{ attribute_type('timestamp') }}) as approved_at,
        cast({{ json_attribute('data_values', 'sent_at') }} as {{ attribute_type('timestamp') }}) as sent_at,
        cast({{ json_attribute('data_values', 'viewed_at') }} as {{ attribute_type('timestamp') }}) as viewed_at,
        cast({{ json_attribute('data_values', 'decided_at') }} as {{ attribute_type('timestamp') }}) as decided_at,
        cast({{ json_attribute('data_values', 'valid_until_date') }} as {{ attribute_type('date') }}) as valid_until_date,
        cast({{ json_attribute('data_values', 'rejection_reason') }} as {{ attribute_type('enum') }}) as rejection_reason,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
