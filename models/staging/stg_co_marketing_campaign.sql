-- generated from definitions/object_models/co_marketing_campaign.yml; do not edit
-- Co-Marketing Campaign: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CO_MARKETING_CAMPAIGN'

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
        cast({{ json_attribute('data_values', 'co_marketing_campaign_id') }} as {{ attribute_type('string') }}) as co_marketing_campaign_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'partner_agreement_id') }} as {{ attribute_type('string') }}) as partner_agreement_id,
        cast({{ json_attribute('data_values', 'campaign_name') }} as {{ attribute_type('string') }}) as campaign_name,
        cast({{ json_attribute('data_values', 'campaign_type') }} as {{ attribute_type('enum') }}) as campaign_type,
        cast({{ json_attribute('data_values', 'status') }} as {{ attribute_type('enum') }}) as status,
        cast({{ json_attribute('data_values', 'approved_at') }} as {{ attribute_type('timestamp') }}) as approved_at,
        cast({{ json_attribute('data_values', 'launched_at') }} as {{ attribute_type('timestamp') }}) as launched_at,
        cast({{ json_attribute('data_values', 'ended_at') }} as {{ attribute_type('timestamp') }}) as ended_at,
        cast({{ json_attribute('data_values', 'budget') }} as {{ attribute_type('decimal') }}) as budget,
        cast({{ json_attribute('data_values', 'mdf_approved') }} as {{ attribute_type('decimal') }}) as mdf_approved,
        cast({{ json_attribute('data_values', 'mdf_spent') }} as {{ attribute_type('decimal') }}) as mdf_spent,
        cast({{ json_attribute('data_values', 'partner_contribution') }} as {{ attribute_type('decimal') }}) as partner_contribution,
        cast({{ json_attribute('data_values', 'leads_generated') }} as {{ attribute_type('integer') }}) as leads_generated,
        cast({{ json_attribute('data_values', 'qualified_leads') }} as {{ attribute_type('integer') }}) as qualified_leads,
        cast({{ json_attribute('data_values', 'opportunities_generated') }} as {{ attribute_type('integer') }}) as opportunities_generated,
        cast({{ json_attribute('data_values', 'pipeline_generated') }} as {{ attribute_type('decimal') }}) as pipeline_generated,
        cast({{ json_attribute('data_values', 'deals_won') }} as {{ attribute_type('integer') }}) as deals_won,
        cast({{ json_attribute('data_values', 'revenue_attributed') }} as {{ attribute_type('decimal') }}) as revenue_attributed,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'channel_manager_rep_id') }} as {{ attribute_type('string') }}) as channel_manager_rep_id,
        cast({{ json_attribute('data_values', 'brand_review_passed') }} as {{ attribute_type('boolean') }}) as brand_review_passed,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
