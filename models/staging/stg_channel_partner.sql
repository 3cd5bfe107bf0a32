-- generated from definitions/object_models/channel_partner.yml; do not edit
-- Channel Partner: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CHANNEL_PARTNER'

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
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'partner_name') }} as {{ attribute_type('string') }}) as partner_name,
        cast({{ json_attribute('data_values', 'partner_type') }} as {{ attribute_type('enum') }}) as partner_type,
        cast({{ json_attribute('data_values', 'tier') }} as {{ attribute_type('enum') }}) as tier,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'recruited_at') }} as {{ attribute_type('timestamp') }}) as recruited_at,
        cast({{ json_attribute('data_values', 'activated_at') }} as {{ attribute_type('timestamp') }}) as activated_at,
        cast({{ json_attribute('data_values', 'terminated_at') }} as {{ attribute_type('timestamp') }}) as terminated_at,
        cast({{ json_attribute('data_values', 'last_activity_at') }} as {{ attribute_type('timestamp') }}) as last_activity_at,
        cast({{ json_attribute('data_values', 'parent_partner_id') }} as {{ attribute_type('string') }}) as parent_partner_id,
        cast({{ json_attribute('data_values', 'channel_manager_rep_id') }} as {{ attribute_type('string') }}) as channel_manager_rep_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'country') }} as {{ attribute_type('string') }}) as country,
        cast({{ json_attribute('data_values', 'certified_seller_count') }} as {{ attribute_type('integer') }}) as certified_seller_count,
        cast({{ json_attribute('data_values', 'standard_discount_percent') }} as {{ attribute_type('decimal') }}) as standard_discount_percent,
        cast({{ json_attribute('data_values', 'annual_revenue_target') }} as {{ attribute_type('decimal') }}) as annual_revenue_target,
        cast({{ json_attribute('data_values', 'recruitment_cost') }} as {{ attribute_type('decimal') }}) as recruitment_cost,
        cast({{ json_attribute('data_values', 'portal_user_count') }} as {{ attribute_type('integer') }}) as portal_user_count,
        cast({{ json_attribute('data_values', 'is_first_in_country') }} as {{ attribute_type('boolean') }}) as is_first_in_country,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
