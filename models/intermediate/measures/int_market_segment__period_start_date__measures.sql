-- generated from definitions/object_models/market_segment.yml; do not edit
-- every aggregate KPIs read from MARKET_SEGMENT by period_start_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_market_segment') }}
    where period_start_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'period_start_date') }} as _period_week,
        {{ period_start('month', 'period_start_date') }} as _period_month,
        {{ period_start('quarter', 'period_start_date') }} as _period_quarter,
        {{ period_start('year', 'period_start_date') }} as _period_year,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
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
        _dim_segment,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') and largest_competitor_revenue is not null then our_revenue end) as {{ type_double() }}) as sum_our_revenue__is_served_true_and_company_size_ba_b56d4ac6,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') and largest_competitor_revenue is not null then largest_competitor_revenue end) as {{ type_double() }}) as sum_largest_competitor_revenue__is_served_true_and_800437c3,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then our_revenue end) as {{ type_double() }}) as sum_our_revenue__is_served_true_and_company_size_ba_70bfda4d,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then tam end) as {{ type_double() }}) as sum_tam__is_served_true_and_company_size_band_in_sm_259292f9,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then our_customers_count end) as {{ type_double() }}) as sum_our_customers_count__is_served_true_and_company_34c7fe9e,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then target_accounts_count end) as {{ type_double() }}) as sum_target_accounts_count__is_served_true_and_compa_457d026e,
        cast(sum(case when is_served = true and company_size_band in ('smb', 'mid_market', 'enterprise') then sam end) as {{ type_double() }}) as sum_sam__is_served_true_and_company_size_band_in_sm_2008820c
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_market),
        (_period_week, _dim_segment),
        (_period_month),
        (_period_month, _dim_market),
        (_period_month, _dim_segment),
        (_period_quarter),
        (_period_quarter, _dim_market),
        (_period_quarter, _dim_segment),
        (_period_year),
        (_period_year, _dim_market),
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
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
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
