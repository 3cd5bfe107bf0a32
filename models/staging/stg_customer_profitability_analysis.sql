-- generated from definitions/object_models/customer_profitability_analysis.yml; do not edit
-- Customer Profitability Analysis: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'CUSTOMER_PROFITABILITY_ANALYSIS'

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
        cast({{ json_attribute('data_values', 'customer_profitability_analysis_id') }} as {{ attribute_type('string') }}) as customer_profitability_analysis_id,
        cast({{ json_attribute('data_values', 'customer_id') }} as {{ attribute_type('string') }}) as customer_id,
        cast({{ json_attribute('data_values', 'account_id') }} as {{ attribute_type('string') }}) as account_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'customer_success_manager_id') }} as {{ attribute_type('string') }}) as customer_success_manager_id,
        cast({{ json_attribute('data_values', 'period_start_date') }} as {{ attribute_type('date') }}) as period_start_date,
        cast({{ json_attribute('data_values', 'period_end_date') }} as {{ attribute_type('date') }}) as period_end_date,
        cast({{ json_attribute('data_values', 'revenue') }} as {{ attribute_type('decimal') }}) as revenue,
        cast({{ json_attribute('data_values', 'recurring_revenue') }} as {{ attribute_type('decimal') }}) as recurring_revenue,
        cast({{ json_attribute('data_values', 'mrr_at_period_end') }} as {{ attribute_type('decimal') }}) as mrr_at_period_end,
        cast({{ json_attribute('data_values', 'cost_of_revenue') }} as {{ attribute_type('decimal') }}) as cost_of_revenue,
        cast({{ json_attribute('data_values', 'support_cost') }} as {{ attribute_type('decimal') }}) as support_cost,
        cast({{ json_attribute('data_values', 'success_cost') }} as {{ attribute_type('decimal') }}) as success_cost,
        cast({{ json_attribute('data_values', 'retention_cost') }} as {{ attribute_type('decimal') }}) as retention_cost,
        cast({{ json_attribute('data_values', 'cost_to_serve') }} as {{ attribute_type('decimal') }}) as cost_to_serve,
        cast({{ json_attribute('data_values', 'acquisition_cost') }} as {{ attribute_type('decimal') }}) as acquisition_cost,
        cast({{ json_attribute('data_values', 'gross_margin') }} as {{ attribute_type('decimal') }}) as gross_margin,
        cast({{ json_attribute('data_values', 'gross_margin_rate') }} as {{ attribute_type('decimal') }}) as gross_margin_rate,
        cast({{ json_attribute('data_values', 'contribution_margin') }} as {{ attribute_type('decimal') }}) as contribution_margin,
        cast({{ json_attribute('data_values', 'is_key_account') }} as {{ attribute_type('boolean') }}) as is_key_account,
        cast({{ json_attribute('data_values', 'key_account_manager_id') }} as {{ attribute_type('string') }}) as key_account_manager_id,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
