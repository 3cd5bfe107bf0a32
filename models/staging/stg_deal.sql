-- generated from definitions/object_models/deal.yml; do not edit
-- Deal: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'DEAL'

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
        cast({{ json_attribute('data_values', 'deal_id') }} as {{ attribute_type('string') }}) as deal_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'deal_type') }} as {{ attribute_type('enum') }}) as deal_type,
        cast({{ json_attribute('data_values', 'expansion_type') }} as {{ attribute_type('enum') }}) as expansion_type,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'booked_at') }} as {{ attribute_type('timestamp') }}) as booked_at,
        cast({{ json_attribute('data_values', 'amount') }} as {{ attribute_type('decimal') }}) as amount,
        cast({{ json_attribute('data_values', 'annual_contract_value') }} as {{ attribute_type('decimal') }}) as annual_contract_value,
        cast({{ json_attribute('data_values', 'arr_amount') }} as {{ attribute_type('decimal') }}) as arr_amount,
        cast({{ json_attribute('data_values', 'one_time_amount') }} as {{ attribute_type('decimal') }}) as one_time_amount,
        cast({{ json_attribute('data_values', 'list_price_amount') }} as {{ attribute_type('decimal') }}) as list_price_amount,
        cast({{ json_attribute('data_values', 'discount_amount') }} as {{ attribute_type('decimal') }}) as discount_amount,
        cast({{ json_attribute('data_values', 'discount_percent') }} as {{ attribute_type('decimal') }}) as discount_percent,
        cast({{ json_attribute('data_values', 'cost_amount') }} as {{ attribute_type('decimal') }}) as cost_amount,
        cast({{ json_attribute('data_values', 'gross_margin_percent') }} as {{ attribute_type('decimal') }}) as gross_margin_percent,
        cast({{ json_attribute('data_values', 'contract_term_months') }} as {{ attribute_type('integer') }}) as contract_term_months,
        cast({{ json_attribute('data_values', 'contract_start_date') }} as {{ attribute_type('date') }}) as contract_start_date,
        cast({{ json_attribute('data_values', 'contract_end_date') }} as {{ attribute_type('date') }}) as contract_end_date,
        cast({{ json_attribute('data_values', 'sales_cycle_days') }} as {{ attribute_type('integer') }}) as sales_cycle_days,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'is_partner_sourced') }} as {{ attribute_type('boolean') }}) as is_partner_sourced,
        cast({{ json_attribute('data_values', 'is_partner_influenced') }} as {{ attribute_type('boolean') }}) as is_partner_influenced,
        cast({{ json_attribute('data_values', 'registration_submitted_at') }} as {{ attribute_type('timestamp') }}) as registration_submitted_at,
        cast({{ json_attribute('data_values', 'registration_approved_at') }} as {{ attribute_type('timestamp') }}) as registration_approved_at,
        cast({{ json_attribute('data_values', 'registration_expiry_date') }} as {{ attribute_type('date') }}) as registration_expiry_date,
        cast({{ json_attribute('data_values', 'days_since_previous_deal') }} as {{ attribute_type('decimal') }}) as days_since_previous_deal,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
