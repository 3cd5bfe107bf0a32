-- generated from definitions/object_models/loyalty_program.yml; do not edit
-- Loyalty Program: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'LOYALTY_PROGRAM'

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
        cast({{ json_attribute('data_values', 'loyalty_program_id') }} as {{ attribute_type('string') }}) as loyalty_program_id,
        cast({{ json_attribute('data_values', 'program_name') }} as {{ attribute_type('string') }}) as program_name,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'tier') }} as {{ attribute_type('enum') }}) as tier,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'joined_at') }} as {{ attribute_type('timestamp') }}) as joined_at,
        cast({{ json_attribute('data_values', 'tier_changed_at') }} as {{ attribute_type('timestamp') }}) as tier_changed_at,
        cast({{ json_attribute('data_values', 'last_activity_at') }} as {{ attribute_type('timestamp') }}) as last_activity_at,
        cast({{ json_attribute('data_values', 'last_redeemed_at') }} as {{ attribute_type('timestamp') }}) as last_redeemed_at,
        cast({{ json_attribute('data_values', 'left_at') }} as {{ attribute_type('timestamp') }}) as left_at,
        cast({{ json_attribute('data_values', 'points_earned') }} as {{ attribute_type('integer') }}) as points_earned,
        cast({{ json_attribute('data_values', 'points_redeemed') }} as {{ attribute_type('integer') }}) as points_redeemed,
        cast({{ json_attribute('data_values', 'points_expired') }} as {{ attribute_type('integer') }}) as points_expired,
        cast({{ json_attribute('data_values', 'points_balance') }} as {{ attribute_type('integer') }}) as points_balance,
        cast({{ json_attribute('data_values', 'rewards_redeemed_count') }} as {{ attribute_type('integer') }}) as rewards_redeemed_count,
        cast({{ json_attribute('data_values', 'member_spend') }} as {{ attribute_type('decimal') }}) as member_spend,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
