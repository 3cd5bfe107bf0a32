-- generated from definitions/object_models/opportunity.yml; do not edit
-- every aggregate KPIs read from OPPORTUNITY by closed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_opportunity') }}
    where closed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'closed_at') }} as _period_week,
        {{ period_start('month', 'closed_at') }} as _period_month,
        {{ period_start('quarter', 'closed_at') }} as _period_quarter,
        {{ period_start('year', 'closed_at') }} as _period_year,
        cast(competitor_id as {{ dbt.type_string() }}) as _dim_competitor,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
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
        _dim_competitor,
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
        grouping(_dim_competitor) as _grouping_dim_competitor,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(sum(case when stage = 'closed_won' then annual_contract_value end) as {{ type_double() }}) as sum_annual_contract_value__stage_closed_won,
        cast(sum(case when stage = 'closed_won' and competitor_id is not null and list_price_amount is not null and discount_amount is not null then discount_amount end) as {{ type_double() }}) as sum_discount_amount__stage_closed_won_and_competito_6a568c94,
        cast(sum(case when stage = 'closed_won' and competitor_id is not null and list_price_amount is not null and discount_amount is not null then list_price_amount end) as {{ type_double() }}) as sum_list_price_amount__stage_closed_won_and_competi_68fe1dab,
        cast(count(case when competitor_id is not null and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__competitor_id_is_not_null_and_stage_in_6512a43d,
        cast(count(case when stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__stage_in_closed_won_closed_lost,
        cast(count(case when competitor_id is not null and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__competitor_id_is_not_null_and_stage_closed_won,
        cast(count(case when stage = 'closed_won' and enablement_content_used = true then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won_and_enablement_content_9770436b,
        cast(count(case when stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won,
        cast(count(case when stage in ('closed_won', 'closed_lost') and enablement_content_used = true then 1 end) as {{ type_double() }}) as count_rows__stage_in_closed_won_closed_lost_and_ena_85c233ad,
        cast(count(case when stage = 'closed_won' and enablement_content_used = false then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won_and_enablement_content_defcb58b,
        cast(count(case when stage in ('closed_won', 'closed_lost') and enablement_content_used = false then 1 end) as {{ type_double() }}) as count_rows__stage_in_closed_won_closed_lost_and_ena_0018c9ef,
        cast(count(case when owner_rep_role = 'inside_ae' and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__owner_rep_role_inside_ae_and_stage_closed_won,
        cast(sum(case when owner_rep_role = 'inside_ae' and stage = 'closed_won' then amount end) as {{ type_double() }}) as sum_amount__owner_rep_role_inside_ae_and_stage_closed_won,
        cast(count(case when owner_rep_role = 'inside_ae' and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__owner_rep_role_inside_ae_and_stage_in_c_ef155de0,
        cast(avg(cast(case when owner_rep_role = 'inside_ae' and stage = 'closed_won' then {{ days_between("created_at", "closed_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_days_between_created_at_closed_at__owner_rep_ro_14767156,
        cast(count(case when stage in ('closed_won', 'closed_lost') and buyer_contacts_engaged >= 2 then 1 end) as {{ type_double() }}) as count_rows__stage_in_closed_won_closed_lost_and_buy_2237f616,
        cast(avg(cast(case when opportunity_type = 'new_business' and stage = 'closed_won' then {{ days_between("created_at", "closed_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_days_between_created_at_closed_at__opportunity_6639bc46,
        cast(count(case when opportunity_type = 'new_business' and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_stage_7e4e6c4c,
        cast(count(case when opportunity_type = 'new_business' and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_stage_3a9d9074,
        cast(sum(case when stage = 'closed_won' and partner_id is not null and {{ days_between("partner_recruited_at", "closed_at") }} < 365 then amount end) as {{ type_double() }}) as sum_amount__stage_closed_won_and_partner_id_is_not_05712302,
        cast(sum(case when stage = 'closed_won' and partner_id is not null and {{ days_between("partner_recruited_at", "closed_at") }} >= 365 then amount end) as {{ type_double() }}) as sum_amount__stage_closed_won_and_partner_id_is_not_81d96628,
        cast(avg(cast(case when stage = 'closed_won' then {{ days_between("created_at", "closed_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_days_between_created_at_closed_at__stage_closed_won,
        cast(count(case when stage = 'closed_won' and skipped_stage_count = 0 then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won_and_skipped_stage_count_0,
        cast(count(case when stage = 'closed_won' and skipped_stage_count is not null then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won_and_skipped_stage_coun_72cb7c0e,
        cast(count(case when opportunity_type = 'new_business' and source = 'sdr_sourced' and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_sourc_385799ad,
        cast(count(case when opportunity_type = 'new_business' and source = 'sdr_sourced' and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_sourc_46cf3002,
        cast(avg(cast(case when stage = 'closed_won' and first_contact_at is not null then {{ days_between("first_contact_at", "closed_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_days_between_first_contact_at_closed_at__stage_77b8ee71,
        cast(count(distinct case when opportunity_type = 'expansion' and stage = 'closed_won' and expansion_type in ('upsell', 'cross_sell') then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__opportunity_type_expans_764c616f,
        cast(count(case when opportunity_type = 'expansion' and expansion_type in ('upsell', 'cross_sell') and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_expansion_and_expansio_c12e4ffa,
        cast(count(case when opportunity_type = 'expansion' and expansion_type in ('upsell', 'cross_sell') and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_expansion_and_expansio_dd5bbddc,
        cast(count(case when stage = 'closed_lost' then 1 end) as {{ type_double() }}) as count_rows__stage_closed_lost
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_competitor),
        (_period_week, _dim_lead_source),
        (_period_week, _dim_market),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_competitor),
        (_period_month, _dim_lead_source),
        (_period_month, _dim_market),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_competitor),
        (_period_quarter, _dim_lead_source),
        (_period_quarter, _dim_market),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_competitor),
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
        sum_annual_contract_value__stage_closed_won,
        sum_discount_amount__stage_closed_won_and_competito_6a568c94,
        sum_list_price_amount__stage_closed_won_and_competi_68fe1dab,
        count_rows__competitor_id_is_not_null_and_stage_in_6512a43d,
        count_rows__stage_in_closed_won_closed_lost,
        count_rows__competitor_id_is_not_null_and_stage_closed_won,
        count_rows__stage_closed_won_and_enablement_content_9770436b,
        count_rows__stage_closed_won,
        count_rows__stage_in_closed_won_closed_lost_and_ena_85c233ad,
        count_rows__stage_closed_won_and_enablement_content_defcb58b,
        count_rows__stage_in_closed_won_closed_lost_and_ena_0018c9ef,
        count_rows__owner_rep_role_inside_ae_and_stage_closed_won,
        sum_amount__owner_rep_role_inside_ae_and_stage_closed_won,
        count_rows__owner_rep_role_inside_ae_and_stage_in_c_ef155de0,
        avg_days_between_created_at_closed_at__owner_rep_ro_14767156,
        count_rows__stage_in_closed_won_closed_lost_and_buy_2237f616,
        avg_days_between_created_at_closed_at__opportunity_6639bc46,
        count_rows__opportunity_type_new_business_and_stage_7e4e6c4c,
        count_rows__opportunity_type_new_business_and_stage_3a9d9074,
        sum_amount__stage_closed_won_and_partner_id_is_not_05712302,
        sum_amount__stage_closed_won_and_partner_id_is_not_81d96628,
        avg_days_between_created_at_closed_at__stage_closed_won,
        count_rows__stage_closed_won_and_skipped_stage_count_0,
        count_rows__stage_closed_won_and_skipped_stage_coun_72cb7c0e,
        count_rows__opportunity_type_new_business_and_sourc_385799ad,
        count_rows__opportunity_type_new_business_and_sourc_46cf3002,
        avg_days_between_first_contact_at_closed_at__stage_77b8ee71,
        count_distinct_customer_id__opportunity_type_expans_764c616f,
        count_rows__opportunity_type_expansion_and_expansio_c12e4ffa,
        count_rows__opportunity_type_expansion_and_expansio_dd5bbddc,
        count_rows__stage_closed_lost
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
