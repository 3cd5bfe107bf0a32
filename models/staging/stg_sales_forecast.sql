-- generated from definitions/object_models/sales_forecast.yml; do not edit
-- Sales Forecast: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_FORECAST'

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
        cast({{ json_attribute('data_values', 'sales_forecast_id') }} as {{ attribute_type('string') }}) as sales_forecast_id,
        cast({{ json_attribute('data_values', 'forecast_level') }} as {{ attribute_type('enum') }}) as forecast_level,
        cast({{ json_attribute('data_values', 'sales_rep_id') }} as {{ attribute_type('string') }}) as sales_rep_id,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'territory_id') }} as {{ attribute_type('string') }}) as territory_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'forecast_measure') }} as {{ attribute_type('enum') }}) as forecast_measure,
        cast({{ json_attribute('data_values', 'period_type') }} as {{ attribute_type('enum') }}) as period_type,
        cast({{ json_attribute('data_values', 'period_start') }} as {{ attribute_type('date') }}) as period_start,
        cast({{ json_attribute('data_values', 'period_end') }} as {{ attribute_type('date') }}) as period_end,
        cast({{ json_attribute('data_values', 'submitted_at') }} as {{ attribute_type('timestamp') }}) as submitted_at,
        cast({{ json_attribute('data_values', 'submission_week') }} as {{ attribute_type('integer') }}) as submission_week,
        cast({{ json_attribute('data_values', 'forecast_category') }} as {{ attribute_type('enum') }}) as forecast_category,
        cast({{ json_attribute('data_values', 'forecast_amount') }} as {{ attribute_type('decimal') }}) as forecast_amount,
        cast({{ json_attribute('data_values', 'open_pipeline_amount') }} as {{ attribute_type('decimal') }}) as open_pipeline_amount,
        cast({{ json_attribute('data_values', 'closed_to_date_amount') }} as {{ attribute_type('decimal') }}) as closed_to_date_amount,
        cast({{ json_attribute('data_values', 'quota_amount') }} as {{ attribute_type('decimal') }}) as quota_amount,
        cast({{ json_attribute('data_values', 'is_final') }} as {{ attribute_type('boolean') }}) as is_final,
        cast({{ json_attribute('data_values', 'is_first_of_period') }} as {{ attribute_type('boolean') }}) as is_first_of_period,
        cast({{ json_attribute('data_values', 'adjustment_amount') }} as {{ attribute_type('decimal') }}) as adjustment_amount,
        cast({{ json_attribute('data_values', 'slipped_amount') }} as {{ attribute_type('decimal') }}) as slipped_amount,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
