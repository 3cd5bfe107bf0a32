-- generated from definitions/object_models/market_segment.yml; do not edit
-- Market Segment: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'MARKET_SEGMENT'

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
        cast({{ json_attribute('data_values', 'market_segment_id') }} as {{ attribute_type('string') }}) as market_segment_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'segment_name') }} as {{ attribute_type('string') }}) as segment_name,
        cast({{ json_attribute('data_values', 'segment_definition') }} as {{ attribute_type('string') }}) as segment_definition,
        cast({{ json_attribute('data_values', 'industry') }} as {{ attribute_type('string') }}) as industry,
        cast({{ json_attribute('data_values', 'company_size_band') }} as {{ attribute_type('enum') }}) as company_size_band,
        cast({{ json_attribute('data_values', 'period_start_date') }} as {{ attribute_type('date') }}) as period_start_date,
        cast({{ json_attribute('data_values', 'period_end_date') }} as {{ attribute_type('date') }}) as period_end_date,
        cast({{ json_attribute('data_values', 'tam') }} as {{ attribute_type('decimal') }}) as tam,
        cast({{ json_attribute('data_values', 'sam') }} as {{ attribute_type('decimal') }}) as sam,
        cast({{ json_attribute('data_values', 'growth_rate') }} as {{ attribute_type('decimal') }}) as growth_rate,
        cast({{ json_attribute('data_values', 'target_accounts_count') }} as {{ attribute_type('integer') }}) as target_accounts_count,
        cast({{ json_attribute('data_values', 'is_served') }} as {{ attribute_type('boolean') }}) as is_served,
        cast({{ json_attribute('data_values', 'priority') }} as {{ attribute_type('enum') }}) as priority,
        cast({{ json_attribute('data_values', 'entered_date') }} as {{ attribute_type('date') }}) as entered_date,
        cast({{ json_attribute('data_values', 'our_revenue') }} as {{ attribute_type('decimal') }}) as our_revenue,
        cast({{ json_attribute('data_values', 'our_customers_count') }} as {{ attribute_type('integer') }}) as our_customers_count,
        cast({{ json_attribute('data_values', 'largest_competitor_id') }} as {{ attribute_type('string') }}) as largest_competitor_id,
        cast({{ json_attribute('data_values', 'largest_competitor_revenue') }} as {{ attribute_type('decimal') }}) as largest_competitor_revenue,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
