-- generated from definitions/object_models/strategic_review.yml; do not edit
-- every aggregate KPIs read from STRATEGIC_REVIEW by scheduled_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_strategic_review') }}
    where scheduled_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'scheduled_at') }} as period_week,
        {{ period_start('month', 'scheduled_at') }} as period_month,
        {{ period_start('quarter', 'scheduled_at') }} as period_quarter,
        {{ period_start('year', 'scheduled_at') }} as period_year,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_key_account_manager,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        cast(count(case when status = 'held' then 1 end) as {{ type_double() }}) as count_rows__status_held,
        cast(count(case when status in ('held', 'postponed', 'cancelled') then 1 end) as {{ type_double() }}) as count_rows__status_in_held_postponed_cancelled
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_key_account_manager),
        (period_month),
        (period_month, dim_key_account_manager),
        (period_quarter),
        (period_quarter, dim_key_account_manager),
        (period_year),
        (period_year, dim_key_account_manager)
    )

),

shaped as (

    select
        case
            when grouping_week = 0 then 'week'
            when grouping_month = 0 then 'month'
            when grouping_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(period_week, period_month, period_quarter, period_year) as period_start,
        case
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__status_held,
        count_rows__status_in_held_postponed_cancelled
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
