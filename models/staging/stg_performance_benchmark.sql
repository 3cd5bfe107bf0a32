-- generated from definitions/object_models/performance_benchmark.yml; do not edit
-- Performance Benchmark: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'PERFORMANCE_BENCHMARK'

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
        cast({{ json_attribute('data_values', 'performance_benchmark_id') }} as {{ attribute_type('string') }}) as performance_benchmark_id,
        cast({{ json_attribute('data_values', 'metric_code') }} as {{ attribute_type('string') }}) as metric_code,
        cast({{ json_attribute('data_values', 'metric_name') }} as {{ attribute_type('string') }}) as metric_name,
        cast({{ json_attribute('data_values', 'unit') }} as {{ attribute_type('enum') }}) as unit,
        cast({{ json_attribute('data_values', 'scope') }} as {{ attribute_type('enum') }}) as scope,
        cast({{ json_attribute('data_values', 'team_id') }} as {{ attribute_type('string') }}) as team_id,
        cast({{ json_attribute('data_values', 'segment_id') }} as {{ attribute_type('string') }}) as segment_id,
        cast({{ json_attribute('data_values', 'rep_role') }} as {{ attribute_type('enum') }}) as rep_role,
        cast({{ json_attribute('data_values', 'industry') }} as {{ attribute_type('string') }}) as industry,
        cast({{ json_attribute('data_values', 'period_type') }} as {{ attribute_type('enum') }}) as period_type,
        cast({{ json_attribute('data_values', 'benchmark_value') }} as {{ attribute_type('decimal') }}) as benchmark_value,
        cast({{ json_attribute('data_values', 'percentile') }} as {{ attribute_type('integer') }}) as percentile,
        cast({{ json_attribute('data_values', 'lower_bound') }} as {{ attribute_type('decimal') }}) as lower_bound,
        cast({{ json_attribute('data_values', 'upper_bound') }} as {{ attribute_type('decimal') }}) as upper_bound,
        cast({{ json_attribute('data_values', 'source_type') }} as {{ attribute_type('enum') }}) as source_type,
        cast({{ json_attribute('data_values', 'source_name') }} as {{ attribute_type('string') }}) as source_name,
        cast({{ json_attribute('data_values', 'source_year') }} as {{ attribute_type('integer') }}) as source_year,
        cast({{ json_attribute('data_values', 'effective_start_date') }} as {{ attribute_type('date') }}) as effective_start_date,
        cast({{ json_attribute('data_values', 'effective_end_date') }} as {{ attribute_type('date') }}) as effective_end_date,
        cast({{ json_attribute('data_values', 'created_at') }} as {{ attribute_type('timestamp') }}) as created_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
