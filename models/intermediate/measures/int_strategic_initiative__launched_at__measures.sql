-- generated from definitions/object_models/strategic_initiative.yml; do not edit
-- every aggregate KPIs read from STRATEGIC_INITIATIVE by launched_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_strategic_initiative') }}
    where launched_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'launched_at') }} as period_week,
        {{ period_start('month', 'launched_at') }} as period_month,
        {{ period_start('quarter', 'launched_at') }} as period_quarter,
        {{ period_start('year', 'launched_at') }} as period_year,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_market,
        dim_product,
        dim_sales_rep,
        dim_segment,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_segment) as grouping_dim_segment,
        cast(sum(case when revenue_target is not null then revenue_achieved end) as {{ type_double() }}) as sum_revenue_achieved__revenue_target_is_not_null,
        cast(sum(revenue_target) as {{ type_double() }}) as sum_revenue_target__revenue_target_is_not_null
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_market),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_segment),
        (period_month),
        (period_month, dim_market),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_segment),
        (period_quarter),
        (period_quarter, dim_market),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_segment),
        (period_year),
        (period_year, dim_market),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_segment)
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
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        sum_revenue_achieved__revenue_target_is_not_null,
        sum_revenue_target__revenue_target_is_not_null
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
