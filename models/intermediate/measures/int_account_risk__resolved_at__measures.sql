-- generated from definitions/object_models/account_risk.yml; do not edit
-- every aggregate KPIs read from ACCOUNT_RISK by resolved_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_account_risk') }}
    where resolved_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'resolved_at') }} as _period_week,
        {{ period_start('month', 'resolved_at') }} as _period_month,
        {{ period_start('quarter', 'resolved_at') }} as _period_quarter,
        {{ period_start('year', 'resolved_at') }} as _period_year,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_key_account_manager,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        cast(count(case when key_account_id is not null and status = 'resolved' then 1 end) as {{ type_double() }}) as count_rows__key_account_id_is_not_null_and_status_resolved,
        cast(count(case when key_account_id is not null and status in ('resolved', 'materialised') then 1 end) as {{ type_double() }}) as count_rows__key_account_id_is_not_null_and_status_i_dce00379
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_key_account_manager),
        (_period_month),
        (_period_month, _dim_key_account_manager),
        (_period_quarter),
        (_period_quarter, _dim_key_account_manager),
        (_period_year),
        (_period_year, _dim_key_account_manager)
    )

),

shaped as (

    select
        case
            when _grouping_period_week = 0 then 'week'
            when _grouping_period_month = 0 then 'month'
            when _grouping_period_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(_period_week, _period_month, _period_quarter, _period_year) as period_start,
        case
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__key_account_id_is_not_null_and_status_resolved,
        count_rows__key_account_id_is_not_null_and_status_i_dce00379
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods)
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from in_calendar
