-- generated from definitions/object_models/sales_dashboard.yml; do not edit
-- Sales Dashboard: one row per current instance, typed from the raw store

with source_rows as (

    select
        code,
        data_values,
        loaded_at,
        line_number
    from {{ source('raw', 'object_instances') }}
    where schema_ref = 'SALES_DASHBOARD'

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
        cast({{ json_attribute('data_values', 'sales_dashboard_id') }} as {{ attribute_type('string') }}) as sales_dashboard_id,
        cast({{ json_attribute('data_values', 'dashboard_key') }} as {{ attribute_type('string') }}) as dashboard_key,
        cast({{ json_attribute('data_values', 'dashboard_name') }} as {{ attribute_type('string') }}) as dashboard_name,
        cast({{ json_attribute('data_values', 'dashboard_type') }} as {{ attribute_type('enum') }}) as dashboard_type,
        cast({{ json_attribute('data_values', 'owner_team_id') }} as {{ attribute_type('string') }}) as owner_team_id,
        cast({{ json_attribute('data_values', 'is_certified') }} as {{ attribute_type('boolean') }}) as is_certified,
        cast({{ json_attribute('data_values', 'usage_date') }} as {{ attribute_type('date') }}) as usage_date,
        cast({{ json_attribute('data_values', 'view_count') }} as {{ attribute_type('integer') }}) as view_count,
        cast({{ json_attribute('data_values', 'unique_viewer_count') }} as {{ attribute_type('integer') }}) as unique_viewer_count,
        cast({{ json_attribute('data_values', 'licensed_user_count') }} as {{ attribute_type('integer') }}) as licensed_user_count,
        cast({{ json_attribute('data_values', 'avg_view_seconds') }} as {{ attribute_type('decimal') }}) as avg_view_seconds,
        cast({{ json_attribute('data_values', 'export_count') }} as {{ attribute_type('integer') }}) as export_count,
        cast({{ json_attribute('data_values', 'last_refreshed_at') }} as {{ attribute_type('timestamp') }}) as last_refreshed_at,
        cast({{ json_attribute('data_values', 'data_freshness_hours') }} as {{ attribute_type('decimal') }}) as data_freshness_hours,
        cast({{ json_attribute('data_values', 'refresh_failure_count') }} as {{ attribute_type('integer') }}) as refresh_failure_count,
        cast({{ json_attribute('data_values', 'dashboard_created_at') }} as {{ attribute_type('timestamp') }}) as dashboard_created_at,
        _loaded_at
    from ranked
    where version_rank = 1

)

select * from typed
