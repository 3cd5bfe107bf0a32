-- generated from definitions/object_models/market.yml; do not edit
-- Market: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'MARKET'

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
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'market_name') }} as {{ attribute_type('string') }}) as market_name,
        cast({{ json_attribute('data_values', 'market_type') }} as {{ attribute_type('enum') }}) as market_type,
        cast({{ json_attribute('data_values', 'region') }} as {{ attribute_type('string') }}) as region,
        cast({{ json_attribute('data_values', 'country') }} as {{ attribute_type('string') }}) as country,
        cast({{ json_attribute('data_values', 'vertical') }} as {{ attribute_type('string') }}) as vertical,
        cast({{ json_attribute('data_values', 'parent_market_id') }} as {{ attribute_type('string') }}) as parent_market_id,
        cast({{ json_attribute('data_values', 'total_addressable_market') }} as {{ attribute_type('decimal') }}) as total_addressable_market,
        cast({{ json_attribute('data_values', 'serviceable_addressable_market') }} as {{ attribute_type('decimal') }}) as serviceable_addressable_market,
        cast({{ json_attribute('data_values', 'market_size_year') }} as {{ attribute_type('integer') }}) as market_size_year,
        cast({{ json_attribute('data_values', 'market_size_amount') }} as {{ attribute_type('decimal') }}) as market_size_amount,
        cast({{ json_attribute('data_values', 'market_size_units') }} as {{ attribute_type('integer') }}) as market_size_units,
        cast({{ json_attribute('data_values', 'prior_year_market_size_amount') }} as {{ attribute_type('decimal') }}) as prior_year_market_size_amount,
        cast({{ json_attribute('data_values', 'growth_rate') }} as {{ attribute_type('decimal') }}) as growth_rate,
        cast({{ json_attribute('data_values', 'entry_status') }} as {{ attribute_type('enum') }}) as entry_status,
        cast({{ json_attribute('data_values', 'entered_date') }} as {{ attribute_type('date') }}) as entered_date,
        cast({{ json_attribute('data_values', 'exited_date') }} as {{ attribute_type('date') }}) as exited_date,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
