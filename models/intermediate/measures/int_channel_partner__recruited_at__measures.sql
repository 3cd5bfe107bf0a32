-- generated from definitions/object_models/channel_partner.yml; do not edit
-- every aggregate KPIs read from CHANNEL_PARTNER by recruited_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_channel_partner') }}
    where recruited_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'recruited_at') }} as period_week,
        {{ period_start('month', 'recruited_at') }} as period_month,
        {{ period_start('quarter', 'recruited_at') }} as period_quarter,
        {{ period_start('year', 'recruited_at') }} as period_year,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(channel_manager_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_market,
        dim_partner,
        dim_sales_rep,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_territory) as grouping_dim_territory,
        cast(avg(recruitment_cost) as {{ type_double() }}) as avg_recruitment_cost,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when activated_at is not null then 1 end) as {{ type_double() }}) as count_rows__activated_at_is_not_null,
        cast(count(case when is_first_in_country = true then 1 end) as {{ type_double() }}) as count_rows__is_first_in_country_true,
        cast(sum(recruitment_cost) as {{ type_double() }}) as sum_recruitment_cost
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_market),
        (period_week, dim_partner),
        (period_week, dim_sales_rep),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_market),
        (period_month, dim_partner),
        (period_month, dim_sales_rep),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_market),
        (period_quarter, dim_partner),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_market),
        (period_year, dim_partner),
        (period_year, dim_sales_rep),
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
            when grouping_dim_market = 0 then 'MARKET'
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        avg_recruitment_cost,
        count_rows,
        count_rows__activated_at_is_not_null,
        count_rows__is_first_in_country_true,
        sum_recruitment_cost
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
