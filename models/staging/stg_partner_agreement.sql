-- generated from definitions/object_models/partner_agreement.yml; do not edit
-- Partner Agreement: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PARTNER_AGREEMENT'

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
        cast({{ json_attribute('data_values', 'partner_agreement_id') }} as {{ attribute_type('string') }}) as partner_agreement_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'agreement_type') }} as {{ attribute_type('enum') }}) as agreement_type,
        cast({{ json_attribute('data_values', 'tier') }} as {{ attribute_type('enum') }}) as tier,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'signed_at') }} as {{ attribute_type('timestamp') }}) as signed_at,
        cast({{ json_attribute('data_values', 'start_date') }} as {{ attribute_type('date') }}) as start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        cast({{ json_attribute('data_values', 'terminated_at') }} as {{ attribute_type('timestamp') }}) as terminated_at,
        cast({{ json_attribute('data_values', 'termination_reason') }} as {{ attribute_type('enum') }}) as termination_reason,
        cast({{ json_attribute('data_values', 'is_first_agreement') }} as {{ attribute_type('boolean') }}) as is_first_agreement,
        cast({{ json_attribute('data_values', 'auto_renew') }} as {{ attribute_type('boolean') }}) as auto_renew,
        cast({{ json_attribute('data_values', 'discount_pct') }} as {{ attribute_type('decimal') }}) as discount_pct,
        cast({{ json_attribute('data_values', 'margin_pct') }} as {{ attribute_type('decimal') }}) as margin_pct,
        cast({{ json_attribute('data_values', 'mdf_budget') }} as {{ attribute_type('decimal') }}) as mdf_budget,
        cast({{ json_attribute('data_values', 'deal_registration_protection_days') }} as {{ attribute_type('integer') }}) as deal_registration_protection_days,
        cast({{ json_attribute('data_values', 'annual_revenue_target') }} as {{ attribute_type('decimal') }}) as annual_revenue_target,
        cast({{ json_attribute('data_values', 'channel_manager_rep_id') }} as {{ attribute_type('string') }}) as channel_manager_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'is_renewed') }} as {{ attribute_type('boolean') }}) as is_renewed,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
