-- generated from definitions/object_models/market.yml; do not edit
-- state of MARKET at each period end, from its validity interval [entered_date, exited_date): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_market') }}
    where entered_date is not null

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
        on periods.period_end > source_rows.entered_date
        and (source_rows.exited_date is null or periods.period_end <= source_rows.exited_date)

),

prepared as (

    select
        *,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_market,
        grouping(_dim_market) as _grouping_dim_market,
        cast(sum(market_size_amount) as {{ type_double() }}) as sum_market_size_amount,
        cast(count(*) as {{ type_double() }}) as count_rows
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_market)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_market = 0 then 'MARKET'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            else 'all'
        end as dimension_value,
        sum_market_size_amount,
        count_rows
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
