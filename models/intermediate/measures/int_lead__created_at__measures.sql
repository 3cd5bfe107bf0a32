-- generated from definitions/object_models/lead.yml; do not edit
-- every aggregate KPIs read from LEAD by created_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_lead') }}
    where created_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'created_at') }} as _period_week,
        {{ period_start('month', 'created_at') }} as _period_month,
        {{ period_start('quarter', 'created_at') }} as _period_quarter,
        {{ period_start('year', 'created_at') }} as _period_year,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory,
        case when first_contacted_at is not null and source in ('inbound', 'marketing_campaign') and coalesce(is_duplicate, false) = false then {{ minutes_between("created_at", "first_contacted_at") }} end as _pct_input_1
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_lead_source,
        _dim_market,
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
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(avg(cast(case when score is not null and coalesce(is_duplicate, false) = false then score end as {{ type_double() }})) as {{ type_double() }}) as avg_score__score_is_not_null_and_coalesce_is_duplic_81f9dc66,
        cast(count(case when first_contacted_at is not null and {{ minutes_between("created_at", "first_contacted_at") }} <= 60 and source in ('inbound', 'marketing_campaign') and coalesce(is_duplicate, false) = false then 1 end) as {{ type_double() }}) as count_rows__first_contacted_at_is_not_null_and_minu_d549e55e,
        cast(count(case when source in ('inbound', 'marketing_campaign') and coalesce(is_duplicate, false) = false then 1 end) as {{ type_double() }}) as count_rows__source_in_inbound_marketing_campaign_an_d9bcf2a9,
        cast(count(case when first_contacted_at is not null and {{ minutes_between("created_at", "first_contacted_at") }} <= 5 and source in ('inbound', 'marketing_campaign') and coalesce(is_duplicate, false) = false then 1 end) as {{ type_double() }}) as count_rows__first_contacted_at_is_not_null_and_minu_fbbb5e8e,
        cast(sum(acquisition_cost) as {{ type_double() }}) as sum_acquisition_cost,
        cast({{ percentile_agg('_pct_input_1', 0.5) }} as {{ type_double() }}) as median_minutes_between_created_at_first_contacted_a_d0a08cdf,
        cast(count(case when coalesce(is_duplicate, false) = false then 1 end) as {{ type_double() }}) as count_rows__coalesce_is_duplicate_false_false,
        cast(sum(case when source in ('inbound', 'marketing_campaign', 'event') then acquisition_cost end) as {{ type_double() }}) as sum_acquisition_cost__source_in_inbound_marketing_c_7cf9a7fb,
        cast(count(case when source in ('inbound', 'marketing_campaign', 'event') and coalesce(is_duplicate, false) = false then 1 end) as {{ type_double() }}) as count_rows__source_in_inbound_marketing_campaign_ev_ff535878
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_lead_source),
        (_period_week, _dim_market),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_lead_source),
        (_period_month, _dim_market),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_lead_source),
        (_period_quarter, _dim_market),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_lead_source),
        (_period_year, _dim_market),
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
        avg_score__score_is_not_null_and_coalesce_is_duplic_81f9dc66,
        count_rows__first_contacted_at_is_not_null_and_minu_d549e55e,
        count_rows__source_in_inbound_marketing_campaign_an_d9bcf2a9,
        count_rows__first_contacted_at_is_not_null_and_minu_fbbb5e8e,
        sum_acquisition_cost,
        median_minutes_between_created_at_first_contacted_a_d0a08cdf,
        count_rows__coalesce_is_duplicate_false_false,
        sum_acquisition_cost__source_in_inbound_marketing_c_7cf9a7fb,
        count_rows__source_in_inbound_marketing_campaign_ev_ff535878
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
