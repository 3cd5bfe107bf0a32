-- generated from definitions/object_models/channel_partner.yml; do not edit
-- state of CHANNEL_PARTNER at each period end, from its validity interval [activated_at, terminated_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_channel_partner') }}
    where activated_at is not null

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
        periods.grain,
        periods.period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.activated_at
        and (source_rows.terminated_at is null or periods.period_end <= source_rows.terminated_at)

),

prepared as (

    select
        *,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(channel_manager_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_market,
        dim_partner,
        dim_sales_rep,
        dim_territory,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_territory) as grouping_dim_territory,
        cast(count(*) as {{ type_double() }}) as count_rows
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_market),
        (grain, period_start, dim_partner),
        (grain, period_start, dim_sales_rep),
        (grain, period_start, dim_territory)
    )

),

shaped as (

    select
        grain,
        period_start,
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
        count_rows
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
