-- generated from definitions/object_models/account.yml; do not edit
-- state of ACCOUNT at each period end, from its validity interval [first_contract_date, churned_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_account') }}
    where first_contract_date is not null

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
        on periods.period_end > source_rows.first_contract_date
        and (source_rows.churned_at is null or periods.period_end <= source_rows.churned_at)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(owner_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_csm,
        _dim_key_account_manager,
        _dim_market,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(*) as {{ type_double() }}) as count_rows
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_key_account_manager),
        (_grain, _period_start, _dim_market),
        (_grain, _period_start, _dim_sales_rep),
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
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when _grouping_dim_market = 0 then 'MARKET'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
