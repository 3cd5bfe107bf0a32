-- generated from definitions/object_models/incentive_program.yml; do not edit
-- Incentive Program: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'INCENTIVE_PROGRAM'

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
        cast({{ json_attribute('data_values', 'incentive_program_id') }} as {{ attribute_type('string') }}) as incentive_program_id,
        cast({{ json_attribute('data_values', 'program_name') }} as {{ attribute_type('string') }}) as program_name,
        cast({{ json_attribute('data_values', 'program_type') }} as {{ attribute_type('enum') }}) as program_type,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'partner_agreement_id') }} as {{ attribute_type('string') }}) as partner_agreement_id,
        cast({{ json_attribute('data_values', 'enrolled_at') }} as {{ attribute_type('timestamp') }}) as enrolled_at,
        cast({{ json_attribute('data_values', 'period_start_date') }} as {{ attribute_type('date') }}) as period_start_date,
        cast({{ json_attribute('data_values', 'period_end_date') }} as {{ attribute_type('date') }}) as period_end_date,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'target_amount') }} as {{ attribute_type('decimal') }}) as target_amount,
        cast({{ json_attribute('data_values', 'achieved_amount') }} as {{ attribute_type('decimal') }}) as achieved_amount,
        cast({{ json_attribute('data_values', 'attained') }} as {{ attribute_type('boolean') }}) as attained,
        cast({{ json_attribute('data_values', 'earned_amount') }} as {{ attribute_type('decimal') }}) as earned_amount,
        cast({{ json_attribute('data_values', 'claimed_at') }} as {{ attribute_type('timestamp') }}) as claimed_at,
        cast({{ json_attribute('data_values', 'paid_amount') }} as {{ attribute_type('decimal') }}) as paid_amount,
        cast({{ json_attribute('data_values', 'paid_at') }} as {{ attribute_type('timestamp') }}) as paid_at,
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'channel_manager_rep_id') }} as {{ attribute_type('string') }}) as channel_manager_rep_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'offered_amount') }} as {{ attribute_type('decimal') }}) as offered_amount,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
