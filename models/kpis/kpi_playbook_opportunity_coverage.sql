-- generated from definitions/kpis/playbook_opportunity_coverage.yml; do not edit
-- Playbook Opportunity Coverage (7 days): opportunities created in the period (by created_at) with a sales playbook application (applied_at) within 7 days ÷ opportunities created in the period; a period is reported once its 7 days have passed

with base_events as (

    select
        opportunity_id as base_key,
        opportunity_id as entity_key,
        created_at as base_at,
        cast(competitor_id as {{ dbt.type_string() }}) as dim_competitor,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from {{ ref('stg_opportunity') }}
    where created_at is not null
        and opportunity_id is not null

),

conversion_events as (

    select
        opportunity_id as entity_key,
        applied_at as converted_at
    from {{ ref('stg_sales_playbook') }}
    where applied_at is not null
        and opportunity_id is not null

),

matched as (

    -- converted: a conversion event of the same entity within 7 days of the base event
    select
        base_events.base_key,
        max(case when conversion_events.entity_key is not null then 1 else 0 end) as converted
    from base_events
    left join conversion_events
        on base_events.entity_key = conversion_events.entity_key
        and base_events.base_at <= conversion_events.converted_at
        and {{ dbt.dateadd('day', 7, 'base_events.base_at') }} >= conversion_events.converted_at
        and conversion_events.converted_at < {{ kpi_data_end() }}
    group by base_events.base_key

),

bucketed as (

    select
        base_events.*,
        matched.converted,
        {{ period_start('week', 'base_at') }} as period_week,
        {{ period_start('month', 'base_at') }} as period_month,
        {{ period_start('quarter', 'base_at') }} as period_quarter,
        {{ period_start('year', 'base_at') }} as period_year
    from base_events
    inner join matched on base_events.base_key = matched.base_key

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_competitor,
        dim_lead_source,
        dim_market,
        dim_partner,
        dim_product,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_competitor) as grouping_dim_competitor,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(count(*) as {{ type_double() }}) as base_count,
        cast(sum(converted) as {{ type_double() }}) as converted_count
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_competitor),
        (period_week, dim_lead_source),
        (period_week, dim_market),
        (period_week, dim_partner),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_competitor),
        (period_month, dim_lead_source),
        (period_month, dim_market),
        (period_month, dim_partner),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_competitor),
        (period_quarter, dim_lead_source),
        (period_quarter, dim_market),
        (period_quarter, dim_partner),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_competitor),
        (period_year, dim_lead_source),
        (period_year, dim_market),
        (period_year, dim_partner),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
        (period_year, dim_segment),
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
        base_count,
        converted_count
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods) whose every base event's
    -- 7-day window has ended by the data end: a later period cannot be known yet
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start
    where {{ dbt.dateadd('day', 7, 'periods.period_end') }} <= {{ kpi_data_end() }}

)

select
    'PLAYBOOK_OPPORTUNITY_COVERAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(converted_count / nullif(base_count, 0) as {{ type_double() }}) as value,
    cast(converted_count as {{ type_double() }}) as numerator,
    cast(base_count as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from in_calendar
