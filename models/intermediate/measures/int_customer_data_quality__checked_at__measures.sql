-- generated from definitions/object_models/customer_data_quality.yml; do not edit
-- every aggregate KPIs read from CUSTOMER_DATA_QUALITY by checked_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer_data_quality') }}
    where checked_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'checked_at') }} as period_week,
        {{ period_start('month', 'checked_at') }} as period_month,
        {{ period_start('quarter', 'checked_at') }} as period_quarter,
        {{ period_start('year', 'checked_at') }} as period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_csm,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_csm) as grouping_dim_csm,
        cast(count(case when accuracy_issues_count = 0 then 1 end) as {{ type_double() }}) as count_rows__accuracy_issues_count_0,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(sum(required_fields_count - missing_fields_count) as {{ type_double() }}) as sum_required_fields_count_missing_fields_count,
        cast(sum(required_fields_count) as {{ type_double() }}) as sum_required_fields_count
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_csm),
        (period_month),
        (period_month, dim_csm),
        (period_quarter),
        (period_quarter, dim_csm),
        (period_year),
        (period_year, dim_csm)
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
            when grouping_dim_csm = 0 then 'CSM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__accuracy_issues_count_0,
        count_rows,
        sum_required_fields_count_missing_fields_count,
        sum_required_fields_count
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
