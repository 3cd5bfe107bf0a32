-- generated from definitions/object_models/competitive_analysis.yml; do not edit
-- every aggregate KPIs read from COMPETITIVE_ANALYSIS by closed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_competitive_analysis') }}
    where closed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'closed_at') }} as period_week,
        {{ period_start('month', 'closed_at') }} as period_month,
        {{ period_start('quarter', 'closed_at') }} as period_quarter,
        {{ period_start('year', 'closed_at') }} as period_year,
        cast(competitor_id as {{ dbt.type_string() }}) as dim_competitor,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_competitor,
        dim_market,
        dim_product,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_competitor) as grouping_dim_competitor,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(avg(price_delta_pct) as {{ type_double() }}) as avg_price_delta_pct__price_delta_pct_is_not_null,
        cast(count(*) as {{ type_double() }}) as count_rows
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_competitor),
        (period_week, dim_market),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_competitor),
        (period_month, dim_market),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_competitor),
        (period_quarter, dim_market),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_competitor),
        (period_year, dim_market),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
        (period_year, dim_segment),
        (period_year, dim_territory)
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
            when grouping_dim_competitor = 0 then 'COMPETITOR'
            when grouping_dim_market = 0 then 'MARKET'
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_competitor = 0 then coalesce(dim_competitor, 'unknown')
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        avg_price_delta_pct__price_delta_pct_is_not_null,
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
