-- generated from definitions/object_models/referral.yml; do not edit
-- Referral: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'REFERRAL'

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
        cast({{ json_attribute('data_values', 'referral_id') }} as {{ attribute_type('string') }}) as referral_id,
        cast({{ json_attribute('data_values', 'referrer_type') }} as {{ attribute_type('enum') }}) as referrer_type,
        cast({{ json_attribute('data_values', 'referrer_customer_id') }} as {{ attribute_type('string') }}) as referrer_customer_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'referred_lead_id') }} as {{ attribute_type('string') }}) as referred_lead_id,
        cast({{ json_attribute('data_values', 'referred_opportunity_id') }} as {{ attribute_type('string') }}) as referred_opportunity_id,
        cast({{ json_attribute('data_values', 'referred_customer_id') }} as {{ attribute_type('string') }}) as referred_customer_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'qualified_at') }} as {{ attribute_type('timestamp') }}) as qualified_at,
        cast({{ json_attribute('data_values', 'converted_at') }} as {{ attribute_type('timestamp') }}) as converted_at,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'won_amount') }} as {{ attribute_type('decimal') }}) as won_amount,
        cast({{ json_attribute('data_values', 'reward_amount') }} as {{ attribute_type('decimal') }}) as reward_amount,
        cast({{ json_attribute('data_values', 'reward_paid_at') }} as {{ attribute_type('timestamp') }}) as reward_paid_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
