-- generated from definitions/object_models/strategic_initiative.yml; do not edit
-- every aggregate KPIs read from STRATEGIC_INITIATIVE by completed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_strategic_initiative') }}
    where completed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'completed_at') }} as _period_week,
        {{ period_start('month', 'completed_at') }} as _period_month,
        {{ period_start('quarter', 'completed_at') }} as _period_quarter,
        {{ period_start('year', 'completed_at') }} as _period_year,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_market,
        _dim_product,
        _dim_sales_rep,
        _dim_segment,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(count(case when status = 'completed' and cast(completed_at as date) <= target_date then 1 end) as {{ type_double() }}) as count_rows__status_completed_and_cast_completed_at_865c89a1,
        cast(count(case when status = 'completed' then 1 end) as {{ type_double() }}) as count_rows__status_completed
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_market),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_segment),
        (_period_month),
        (_period_month, _dim_market),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_segment),
        (_period_quarter),
        (_period_quarter, _dim_market),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_segment),
        (_period_year),
        (_period_year, _dim_market),
        (_period_year, _dim_product),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_segment)
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
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__status_completed_and_cast_completed_at_865c89a1,
        count_rows__status_completed
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
