-- generated from definitions/object_models/customer_cohort.yml; do not edit
-- Customer Cohort: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_COHORT'

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
        cast({{ json_attribute('data_values', 'customer_cohort_id') }} as {{ attribute_type('string') }}) as customer_cohort_id,
        cast({{ json_attribute('data_values', 'cohort_code') }} as {{ attribute_type('string') }}) as cohort_code,
        cast({{ json_attribute('data_values', 'cohort_month') }} as {{ attribute_type('date') }}) as cohort_month,
        cast({{ json_attribute('data_values', 'acquisition_channel') }} as {{ attribute_type('enum') }}) as acquisition_channel,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'product_id') }} as {{ attribute_type('string') }}) as product_id,
        cast({{ json_attribute('data_values', 'market_id') }} as {{ attribute_type('string') }}) as market_id,
        cast({{ json_attribute('data_values', 'period_month') }} as {{ attribute_type('date') }}) as period_month,
        cast({{ json_attribute('data_values', 'months_since_start') }} as {{ attribute_type('integer') }}) as months_since_start,
        cast({{ json_attribute('data_values', 'customers_at_start') }} as {{ attribute_type('integer') }}) as customers_at_start,
        cast({{ json_attribute('data_values', 'customers_active') }} as {{ attribute_type('integer') }}) as customers_active,
        cast({{ json_attribute('data_values', 'mrr_at_start') }} as {{ attribute_type('decimal') }}) as mrr_at_start,
        cast({{ json_attribute('data_values', 'mrr_active') }} as {{ attribute_type('decimal') }}) as mrr_active,
        cast({{ json_attribute('data_values', 'expansion_mrr') }} as {{ attribute_type('decimal') }}) as expansion_mrr,
        cast({{ json_attribute('data_values', 'contraction_mrr') }} as {{ attribute_type('decimal') }}) as contraction_mrr,
        cast({{ json_attribute('data_values', 'churned_mrr') }} as {{ attribute_type('decimal') }}) as churned_mrr,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
