-- generated from definitions/object_models/sales_territory.yml; do not edit
-- Sales Territory: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_TERRITORY'

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
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'territory_name') }} as {{ attribute_type('string') }}) as territory_name,
        cast({{ json_attribute('data_values', 'territory_type') }} as {{ attribute_type('enum') }}) as territory_type,
        cast({{ json_attribute('data_values', 'region') }} as {{ attribute_type('string') }}) as region,
        cast({{ json_attribute('data_values', 'country') }} as {{ attribute_type('string') }}) as country,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'parent_territory_id') }} as {{ attribute_type('string') }}) as parent_territory_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'owner_rep_id') }} as {{ attribute_type('string') }}) as owner_rep_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'potential_revenue') }} as {{ attribute_type('decimal') }}) as potential_revenue,
        cast({{ json_attribute('data_values', 'account_count') }} as {{ attribute_type('integer') }}) as account_count,
        cast({{ json_attribute('data_values', 'target_account_count') }} as {{ attribute_type('integer') }}) as target_account_count,
        cast({{ json_attribute('data_values', 'start_date') }} as {{ attribute_type('date') }}) as start_date,
        cast({{ json_attribute('data_values', 'end_date') }} as {{ attribute_type('date') }}) as end_date,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
