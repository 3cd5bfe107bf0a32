-- generated from definitions/object_models/key_account.yml; do not edit
-- state of KEY_ACCOUNT at each period end, from its validity interval [designated_at, undesignated_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_key_account') }}
    where designated_at is not null

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
        on periods.period_end > source_rows.designated_at
        and (source_rows.undesignated_at is null or periods.period_end <= source_rows.undesignated_at)

),

prepared as (

    select
        *,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_key_account_manager,
        _dim_market,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(avg(cast(case when executive_sponsor_rep_id is not null then 1.0 else 0.0 end as {{ type_double() }})) as {{ type_double() }}) as avg_case_when_executive_sponsor_rep_id_is_not_null_3831320b
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_key_account_manager),
        (_grain, _period_start, _dim_market),
        (_grain, _period_start, _dim_sales_team),
        (_grain, _period_start, _dim_segment),
        (_grain, _period_start, _dim_territory)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when _grouping_dim_market = 0 then 'MARKET'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows,
        avg_case_when_executive_sponsor_rep_id_is_not_null_3831320b
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
