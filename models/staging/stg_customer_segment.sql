-- generated from definitions/object_models/customer_segment.yml; do not edit
-- Customer Segment: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_SEGMENT'

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
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'segment_name') }} as {{ attribute_type('string') }}) as segment_name,
        cast({{ json_attribute('data_values', 'tier') }} as {{ attribute_type('enum') }}) as tier,
        cast({{ json_attribute('data_values', 'vertical') }} as {{ attribute_type('string') }}) as vertical,
        cast({{ json_attribute('data_values', 'min_employee_count') }} as {{ attribute_type('integer') }}) as min_employee_count,
        cast({{ json_attribute('data_values', 'max_employee_count') }} as {{ attribute_type('integer') }}) as max_employee_count,
        cast({{ json_attribute('data_values', 'min_annual_revenue') }} as {{ attribute_type('decimal') }}) as min_annual_revenue,
        cast({{ json_attribute('data_values', 'max_annual_revenue') }} as {{ attribute_type('decimal') }}) as max_annual_revenue,
        cast({{ json_attribute('data_values', 'min_annual_contract_value') }} as {{ attribute_type('decimal') }}) as min_annual_contract_value,
        cast({{ json_attribute('data_values', 'sales_motion') }} as {{ attribute_type('enum') }}) as sales_motion,
        cast({{ json_attribute('data_values', 'effective_date') }} as {{ attribute_type('date') }}) as effective_date,
        cast({{ json_attribute('data_values', 'retired_date') }} as {{ attribute_type('date') }}) as retired_date,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
