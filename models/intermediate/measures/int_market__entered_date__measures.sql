-- generated from definitions/object_models/market.yml; do not edit
-- every aggregate KPIs read from MARKET by entered_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_market') }}
    where entered_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'entered_date') }} as period_week,
        {{ period_start('month', 'entered_date') }} as period_month,
        {{ period_start('quarter', 'entered_date') }} as period_quarter,
        {{ period_start('year', 'entered_date') }} as period_year,
        cast(market_id as {{ dbt.type_string() }}) as dim_market
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_market,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_market) as grouping_dim_market,
        cast(count(*) as {{ type_double() }}) as count_rows
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_market),
        (period_month),
        (period_month, dim_market),
        (period_quarter),
        (period_quarter, dim_market),
        (period_year),
        (period_year, dim_market)
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
            when grouping_dim_market = 0 then 'MARKET'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows
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
