-- generated from definitions/object_models/opportunity.yml; do not edit
-- Opportunity: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'OPPORTUNITY'

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
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'opportunity_name') }} as {{ attribute_type('string') }}) as opportunity_name,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'lead_id') }} as {{ attribute_type('string') }}) as lead_id,
        cast({{ json_attribute('data_values', 'owner_rep_id') }} as {{ attribute_type('string') }}) as owner_rep_id,
        cast({{ json_attribute('data_values', 'sdr_rep_id') }} as {{ attribute_type('string') }}) as sdr_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'partner_id') }} as {{ attribute_type('string') }}) as partner_id,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'source') }} as {{ attribute_type('enum') }}) as source,
        cast({{ json_attribute('data_values', 'opportunity_type') }} as {{ attribute_type('enum') }}) as opportunity_type,
        cast({{ json_attribute('data_values', 'expansion_type') }} as {{ attribute_type('enum') }}) as expansion_type,
        cast({{ json_attribute('data_values', 'is_new_logo') }} as {{ attribute_type('boolean') }}) as is_new_logo,
        cast({{ json_attribute('data_values', 'stage') }} as {{ attribute_type('enum') }}) as stage,
        cast({{ json_attribute('data_values', 'is_closed') }} as {{ attribute_type('boolean') }}) as is_closed,
        cast({{ json_attribute('data_values', 'is_won') }} as {{ attribute_type('boolean') }}) as is_won,
        cast({{ json_attribute('data_values', 'forecast_category') }} as {{ attribute_type('enum') }}) as forecast_category,
        cast({{ json_attribute('data_values', 'probability') }} as {{ attribute_type('decimal') }}) as probability,
        cast({{ json_attribute('data_values', 'amount') }} as {{ attribute_type('decimal') }}) as amount,
        cast({{ json_attribute('data_values', 'annual_contract_value') }} as {{ attribute_type('decimal') }}) as annual_contract_value,
        cast({{ json_attribute('data_values', 'list_price_amount') }} as {{ attribute_type('decimal') }}) as list_price_amount,
        cast({{ json_attribute('data_values', 'discount_amount') }} as {{ attribute_type('decimal') }}) as discount_amount,
        cast({{ json_attribute('data_values', 'discount_percent') }} as {{ attribute_type('decimal') }}) as discount_percent,
        cast({{ json_attribute('data_values', 'professional_services_amount') }} as {{ attribute_type('decimal') }}) as professional_services_amount,
        cast({{ json_attribute('data_values', 'contract_term_months') }} as {{ attribute_type('integer') }}) as contract_term_months,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        cast({{ json_attribute('data_values', 'accepted_at') }} as {{ attribute_type('timestamp') }}) as accepted_at,
        cast({{ json_attribute('data_values', 'stage_changed_at') }} as {{ attribute_type('timestamp') }}) as stage_changed_at,
        cast({{ json_attribute('data_values', 'expected_close_date') }} as {{ attribute_type('date') }}) as expected_close_date,
        cast({{ json_attribute('data_values', 'close_date_push_count') }} as {{ attribute_type('integer') }}) as close_date_push_count,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'loss_reason') }} as {{ attribute_type('enum') }}) as loss_reason,
        cast({{ json_attribute('data_values', 'partner_role') }} as {{ attribute_type('enum') }}) as partner_role,
        cast({{ json_attribute('data_values', 'is_deal_registered') }} as {{ attribute_type('boolean') }}) as is_deal_registered,
        cast({{ json_attribute('data_values', 'deal_registration_status') }} as {{ attribute_type('enum') }}) as deal_registration_status,
        cast({{ json_attribute('data_values', 'deal_registration_submitted_at') }} as {{ attribute_type('timestamp') }}) as deal_registration_submitted_at,
        cast({{ json_attribute('data_values', 'deal_registration_approved_at') }} as {{ attribute_type('timestamp') }}) as deal_registration_approved_at,
        cast({{ json_attribute('data_values', 'is_registration_conflict') }} as {{ attribute_type('boolean') }}) as is_registration_conflict,
        cast({{ json_attribute('data_values', 'first_contact_at') }} as {{ attribute_type('timestamp') }}) as first_contact_at,
        cast({{ json_attribute('data_values', 'owner_rep_role') }} as {{ attribute_type('enum') }}) as owner_rep_role,
        cast({{ json_attribute('data_values', 'original_expected_close_date') }} as {{ attribute_type('date') }}) as original_expected_close_date,
        cast({{ json_attribute('data_values', 'skipped_stage_count') }} as {{ attribute_type('integer') }}) as skipped_stage_count,
        cast({{ json_attribute('data_values', 'next_step') }} as {{ attribute_type('string') }}) as next_step,
        cast({{ json_attribute('data_values', 'primary_contact_name') }} as {{ attribute_type('string') }}) as primary_contact_name,
        cast({{ json_attribute('data_values', 'enablement_content_used') }} as {{ attribute_type('boolean') }}) as enablement_content_used,
        cast({{ json_attribute('data_values', 'methodology_qualified') }} as {{ attribute_type('boolean') }}) as methodology_qualified,
        cast({{ json_attribute('data_values', 'buyer_contacts_engaged') }} as {{ attribute_type('integer') }}) as buyer_contacts_engaged,
        cast({{ json_attribute('data_values', 'partner_recruited_at') }} as {{ attribute_type('timestamp') }}) as partner_recruited_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
