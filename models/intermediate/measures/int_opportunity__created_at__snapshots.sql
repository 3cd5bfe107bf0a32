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
        periods.grain,
        periods.period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.created_at
        and (source_rows.closed_at is null or periods.period_end <= source_rows.closed_at)

),

prepared as (

    select
        *,
        cast(competitor_id as {{ dbt.type_string() }}) as dim_competitor,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_competitor,
        dim_lead_source,
        dim_market,
        dim_partner,
        dim_product,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(dim_competitor) as grouping_dim_competitor,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(avg(amount) as {{ type_double() }}) as avg_amount,
        cast(avg(amount * coalesce(probability, 0)) as {{ type_double() }}) as avg_amount_coalesce_probability_0,
        cast(sum(amount) as {{ type_double() }}) as sum_amount,
        cast(sum(case when partner_role = 'sourced' then amount end) as {{ type_double() }}) as sum_amount__partner_role_sourced
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_competitor),
        (grain, period_start, dim_lead_source),
        (grain, period_start, dim_market),
        (grain, period_start, dim_partner),
        (grain, period_start, dim_product),
        (grain, period_start, dim_sales_rep),
        (grain, period_start, dim_sales_team),
        (grain, period_start, dim_segment),
        (grain, period_start, dim_territory)
    )

),

shaped as (

    select
        grain,
        period_start,
        case
            when grouping_dim_competitor = 0 then 'COMPETITOR'
            when grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when grouping_dim_market = 0 then 'MARKET'
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_competitor = 0 then coalesce(dim_competitor, 'unknown')
            when grouping_dim_lead_source = 0 then coalesce(dim_lead_source, 'unknown')
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
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
