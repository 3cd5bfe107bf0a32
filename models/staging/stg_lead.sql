-- generated from definitions/object_models/lead.yml; do not edit
-- Lead: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'LEAD'

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
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'company_name') }} as {{ attribute_type('string') }}) as company_name,
        cast({{ json_attribute('data_values', 'industry') }} as {{ attribute_type('string') }}) as industry,
        cast({{ json_attribute('data_values', 'country') }} as {{ attribute_type('string') }}) as country,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'source_detail') }} as {{ attribute_type('string') }}) as source_detail,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'score') }} as {{ attribute_type('integer') }}) as score,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'first_contacted_at') }} as {{ attribute_type('timestamp') }}) as first_contacted_at,
        cast({{ json_attribute('data_values', 'first_connected_at') }} as {{ attribute_type('timestamp') }}) as first_connected_at,
        cast({{ json_attribute('data_values', 'last_activity_at') }} as {{ attribute_type('timestamp') }}) as last_activity_at,
        cast({{ json_attribute('data_values', 'contact_attempt_count') }} as {{ attribute_type('integer') }}) as contact_attempt_count,
        cast({{ json_attribute('data_values', 'mql_at') }} as {{ attribute_type('timestamp') }}) as mql_at,
        cast({{ json_attribute('data_values', 'sal_at') }} as {{ attribute_type('timestamp') }}) as sal_at,
        cast({{ json_attribute('data_values', 'sql_at') }} as {{ attribute_type('timestamp') }}) as sql_at,
        cast({{ json_attribute('data_values', 'converted_at') }} as {{ attribute_type('timestamp') }}) as converted_at,
        cast({{ json_attribute('data_values', 'converted_opportunity_id') }} as {{ attribute_type('string') }}) as converted_opportunity_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'disqualified_at') }} as {{ attribute_type('timestamp') }}) as disqualified_at,
        cast({{ json_attribute('data_values', 'disqualification_reason') }} as {{ attribute_type('enum') }}) as disqualification_reason,
        cast({{ json_attribute('data_values', 'owner_rep_id') }} as {{ attribute_type('string') }}) as owner_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'acquisition_cost') }} as {{ attribute_type('decimal') }}) as acquisition_cost,
        cast({{ json_attribute('data_values', 'is_duplicate') }} as {{ attribute_type('boolean') }}) as is_duplicate,
        cast({{ json_attribute('data_values', 'passed_to_partner_id') }} as {{ attribute_type('string') }}) as passed_to_partner_id,
        cast({{ json_attribute('data_values', 'passed_to_partner_at') }} as {{ attribute_type('timestamp') }}) as passed_to_partner_at,
        cast({{ json_attribute('data_values', 'partner_followed_up_at') }} as {{ attribute_type('timestamp') }}) as partner_followed_up_at,
        cast({{ json_attribute('data_values', 'first_follow_up_at') }} as {{ attribute_type('timestamp') }}) as first_follow_up_at,
        cast({{ json_attribute('data_values', 'first_meeting_booked_at') }} as {{ attribute_type('timestamp') }}) as first_meeting_booked_at,
        cast({{ json_attribute('data_values', 'touches_before_meeting') }} as {{ attribute_type('integer') }}) as touches_before_meeting,
        cast({{ json_attribute('data_values', 'assigned_at') }} as {{ attribute_type('timestamp') }}) as assigned_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
