-- generated from definitions/object_models/channel_partner.yml; do not edit
-- state of CHANNEL_PARTNER at each period end, from its validity interval [recruited_at, terminated_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_channel_partner') }}
    where recruited_at is not null

),

periods as (

    select
        grain,
        period_start,
        period_end
    from {{ ref('int_kpi_periods') }}

),

active_at_period_end as (

    select
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.recruited_at
        and (source_rows.terminated_at is null or periods.period_end <= source_rows.terminated_at)

),

prepared as (

    select
        *,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(channel_manager_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_market,
        _dim_partner,
        _dim_sales_rep,
        _dim_territory,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(sum(portal_user_count) as {{ type_double() }}) as sum_portal_user_count
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_market),
        (_grain, _period_start, _dim_partner),
        (_grain, _period_start, _dim_sales_rep),
        (_grain, _period_start, _dim_territory)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
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
        count_rows,
        sum_portal_user_count
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
