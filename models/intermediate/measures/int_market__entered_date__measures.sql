-- generated from definitions/object_models/market.yml; do not edit
-- every aggregate KPIs read from MARKET by entered_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_market') }}
    where entered_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'entered_date') }} as _period_week,
        {{ period_start('month', 'entered_date') }} as _period_month,
        {{ period_start('quarter', 'entered_date') }} as _period_quarter,
        {{ period_start('year', 'entered_date') }} as _period_year,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_market,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_market) as _grouping_dim_market,
        cast(count(*) as {{ type_double() }}) as count_rows
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_market),
        (_period_month),
        (_period_month, _dim_market),
        (_period_quarter),
        (_period_quarter, _dim_market),
        (_period_year),
        (_period_year, _dim_market)
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
            when _grouping_dim_market = 0 then 'MARKET'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
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
