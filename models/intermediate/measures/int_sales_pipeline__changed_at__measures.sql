-- generated from definitions/object_models/sales_pipeline.yml; do not edit
-- every aggregate KPIs read from SALES_PIPELINE by changed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_pipeline') }}
    where changed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'changed_at') }} as _period_week,
        {{ period_start('month', 'changed_at') }} as _period_month,
        {{ period_start('quarter', 'changed_at') }} as _period_quarter,
        {{ period_start('year', 'changed_at') }} as _period_year,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_lead_source,
        _dim_partner,
        _dim_product,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(avg(cast(case when from_stage in ('prospecting', 'qualification', 'discovery', 'demo', 'proposal', 'negotiation') then days_in_from_stage end as {{ type_double() }})) as {{ type_double() }}) as avg_days_in_from_stage__from_stage_in_prospecting_q_6c3cfa29,
        cast(avg(cast(case when from_stage = 'discovery' then days_in_from_stage end as {{ type_double() }})) as {{ type_double() }}) as avg_days_in_from_stage__from_stage_discovery,
        cast(avg(cast(case when from_stage = 'negotiation' then days_in_from_stage end as {{ type_double() }})) as {{ type_double() }}) as avg_days_in_from_stage__from_stage_negotiation,
        cast(avg(cast(case when from_stage = 'proposal' then days_in_from_stage end as {{ type_double() }})) as {{ type_double() }}) as avg_days_in_from_stage__from_stage_proposal
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_lead_source),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_lead_source),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_lead_source),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_lead_source),
        (_period_year, _dim_partner),
        (_period_year, _dim_product),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team),
        (_period_year, _dim_segment),
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
            when _grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_lead_source = 0 then coalesce(_dim_lead_source, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        avg_days_in_from_stage__from_stage_in_prospecting_q_6c3cfa29,
        avg_days_in_from_stage__from_stage_discovery,
        avg_days_in_from_stage__from_stage_negotiation,
        avg_days_in_from_stage__from_stage_proposal
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
