-- generated from definitions/object_models/competitive_analysis.yml; do not edit
-- Competitive Analysis: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'COMPETITIVE_ANALYSIS'

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
        cast({{ json_attribute('data_values', 'competitive_analysis_id') }} as {{ attribute_type('string') }}) as competitive_analysis_id,
        cast({{ json_attribute('data_values', 'opportunity_id') }} as {{ attribute_type('string') }}) as opportunity_id,
        cast({{ json_attribute('data_values', 'competitor_id') }} as {{ attribute_type('string') }}) as competitor_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'closed_at') }} as {{ attribute_type('timestamp') }}) as closed_at,
        cast({{ json_attribute('data_values', 'analysed_at') }} as {{ attribute_type('timestamp') }}) as analysed_at,
        cast({{ json_attribute('data_values', 'outcome') }} as {{ attribute_type('enum') }}) as outcome,
        cast({{ json_attribute('data_values', 'deal_amount') }} as {{ attribute_type('decimal') }}) as deal_amount,
        cast({{ json_attribute('data_values', 'price_delta_pct') }} as {{ attribute_type('decimal') }}) as price_delta_pct,
        cast({{ json_attribute('data_values', 'primary_reason') }} as {{ attribute_type('enum') }}) as primary_reason,
        cast({{ json_attribute('data_values', 'reason_detail') }} as {{ attribute_type('string') }}) as reason_detail,
        cast({{ json_attribute('data_values', 'was_incumbent') }} as {{ attribute_type('boolean') }}) as was_incumbent,
        cast({{ json_attribute('data_values', 'analysis_source') }} as {{ attribute_type('enum') }}) as analysis_source,
        cast({{ json_attribute('data_values', 'sales_experience_rating') }} as {{ attribute_type('integer') }}) as sales_experience_rating,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
