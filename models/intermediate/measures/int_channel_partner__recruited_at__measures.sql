-- generated from definitions/object_models/channel_partner.yml; do not edit
-- every aggregate KPIs read from CHANNEL_PARTNER by recruited_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_channel_partner') }}
    where recruited_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'recruited_at') }} as _period_week,
        {{ period_start('month', 'recruited_at') }} as _period_month,
        {{ period_start('quarter', 'recruited_at') }} as _period_quarter,
        {{ period_start('year', 'recruited_at') }} as _period_year,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(channel_manager_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_market,
        _dim_partner,
        _dim_sales_rep,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(avg(cast(recruitment_cost as {{ type_double() }})) as {{ type_double() }}) as avg_recruitment_cost,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when activated_at is not null then 1 end) as {{ type_double() }}) as count_rows__activated_at_is_not_null,
        cast(count(case when is_first_in_country = true then 1 end) as {{ type_double() }}) as count_rows__is_first_in_country_true,
        cast(sum(recruitment_cost) as {{ type_double() }}) as sum_recruitment_cost
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_market),
        (_period_week, _dim_partner),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_market),
        (_period_month, _dim_partner),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_market),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_market),
        (_period_year, _dim_partner),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_territory)
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
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
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
