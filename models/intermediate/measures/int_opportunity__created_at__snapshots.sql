-- generated from definitions/object_models/opportunity.yml; do not edit
-- state of OPPORTUNITY at each period end, from its validity interval [created_at, closed_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_opportunity') }}
    where created_at is not null

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
        on periods.period_end > source_rows.created_at
        and (source_rows.closed_at is null or periods.period_end <= source_rows.closed_at)

),

prepared as (

    select
        *,
        cast(competitor_id as {{ dbt.type_string() }}) as _dim_competitor,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
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
        _dim_competitor,
        _dim_lead_source,
        _dim_market,
        _dim_partner,
        _dim_product,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_dim_competitor) as _grouping_dim_competitor,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(avg(cast(amount as {{ type_double() }})) as {{ type_double() }}) as avg_amount,
        cast(avg(cast(amount * coalesce(probability, 0) as {{ type_double() }})) as {{ type_double() }}) as avg_amount_coalesce_probability_0,
        cast(sum(amount) as {{ type_double() }}) as sum_amount,
        cast(sum(case when partner_role = 'sourced' then amount end) as {{ type_double() }}) as sum_amount__partner_role_sourced
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_competitor),
        (_grain, _period_start, _dim_lead_source),
        (_grain, _period_start, _dim_market),
        (_grain, _period_start, _dim_partner),
        (_grain, _period_start, _dim_product),
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
            when _grouping_dim_competitor = 0 then 'COMPETITOR'
            when _grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when _grouping_dim_market = 0 then 'MARKET'
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_competitor = 0 then coalesce(_dim_competitor, 'unknown')
            when _grouping_dim_lead_source = 0 then coalesce(_dim_lead_source, 'unknown')
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        avg_amount,
        avg_amount_coalesce_probability_0,
        sum_amount,
        sum_amount__partner_role_sourced
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
