-- generated from definitions/object_models/market_segment.yml; do not edit
-- every aggregate KPIs read from MARKET_SEGMENT by period_start_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_market_segment') }}
    where period_start_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start_date') }} as period_week,
        {{ period_start('month', 'period_start_date') }} as period_month,
        {{ period_start('quarter', 'period_start_date') }} as period_quarter,
        {{ period_start('year', 'period_start_date') }} as period_year,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
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
        dim_segment,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_segment) as grouping_dim_segment,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') and largest_competitor_revenue is not null then our_revenue end) as {{ type_double() }}) as sum_our_revenue__is_served_true_and_company_size_ba_b56d4ac6,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') and largest_competitor_revenue is not null then largest_competitor_revenue end) as {{ type_double() }}) as sum_largest_competitor_revenue__is_served_true_and_800437c3,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then our_revenue end) as {{ type_double() }}) as sum_our_revenue__is_served_true_and_company_size_ba_70bfda4d,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then tam end) as {{ type_double() }}) as sum_tam__is_served_true_and_company_size_band_in_sm_259292f9,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then our_customers_count end) as {{ type_double() }}) as sum_our_customers_count__is_served_true_and_company_34c7fe9e,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then target_accounts_count end) as {{ type_double() }}) as sum_target_accounts_count__is_served_true_and_compa_457d026e,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then sam end) as {{ type_double() }}) as sum_sam__is_served_true_and_company_size_band_in_sm_2008820c
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_market),
        (period_week, dim_segment),
        (period_month),
        (period_month, dim_market),
        (period_month, dim_segment),
        (period_quarter),
        (period_quarter, dim_market),
        (period_quarter, dim_segment),
        (period_year),
        (period_year, dim_market),
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
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        sum_our_revenue__is_served_true_and_company_size_ba_b56d4ac6,
        sum_largest_competitor_revenue__is_served_true_and_800437c3,
        sum_our_revenue__is_served_true_and_company_size_ba_70bfda4d,
        sum_tam__is_served_true_and_company_size_band_in_sm_259292f9,
        sum_our_customers_count__is_served_true_and_company_34c7fe9e,
        sum_target_accounts_count__is_served_true_and_compa_457d026e,
        sum_sam__is_served_true_and_company_size_band_in_sm_2008820c
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
