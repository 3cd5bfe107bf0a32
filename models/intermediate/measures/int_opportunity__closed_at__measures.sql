-- generated from definitions/object_models/opportunity.yml; do not edit
-- every aggregate KPIs read from OPPORTUNITY by closed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_opportunity') }}
    where closed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'closed_at') }} as period_week,
        {{ period_start('month', 'closed_at') }} as period_month,
        {{ period_start('quarter', 'closed_at') }} as period_quarter,
        {{ period_start('year', 'closed_at') }} as period_year,
        cast(competitor_id as {{ dbt.type_string() }}) as dim_competitor,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

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
        cast(avg(case when owner_rep_role = 'inside_ae' and stage = 'closed_won' then {{ days_between("created_at", "closed_at") }} end) as {{ type_double() }}) as avg_days_between_created_at_closed_at__owner_rep_ro_14767156,
        cast(count(case when stage in ('closed_won', 'closed_lost') and buyer_contacts_engaged >= 2 then 1 end) as {{ type_double() }}) as count_rows__stage_in_closed_won_closed_lost_and_buy_2237f616,
        cast(avg(case when opportunity_type = 'new_business' and stage = 'closed_won' then {{ days_between("created_at", "closed_at") }} end) as {{ type_double() }}) as avg_days_between_created_at_closed_at__opportunity_6639bc46,
        cast(count(case when opportunity_type = 'new_business' and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_stage_7e4e6c4c,
        cast(count(case when opportunity_type = 'new_business' and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_stage_3a9d9074,
        cast(sum(case when stage = 'closed_won' and partner_id is not null and {{ days_between("partner_recruited_at", "closed_at") }} < 365 then amount end) as {{ type_double() }}) as sum_amount__stage_closed_won_and_partner_id_is_not_05712302,
        cast(sum(case when stage = 'closed_won' and partner_id is not null and {{ days_between("partner_recruited_at", "closed_at") }} >= 365 then amount end) as {{ type_double() }}) as sum_amount__stage_closed_won_and_partner_id_is_not_81d96628,
        cast(avg(case when stage = 'closed_won' then {{ days_between("created_at", "closed_at") }} end) as {{ type_double() }}) as avg_days_between_created_at_closed_at__stage_closed_won,
        cast(count(case when stage = 'closed_won' and skipped_stage_count = 0 then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won_and_skipped_stage_count_0,
        cast(count(case when stage = 'closed_won' and skipped_stage_count is not null then 1 end) as {{ type_double() }}) as count_rows__stage_closed_won_and_skipped_stage_coun_72cb7c0e,
        cast(count(case when opportunity_type = 'new_business' and source = 'sdr_sourced' and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_sourc_385799ad,
        cast(count(case when opportunity_type = 'new_business' and source = 'sdr_sourced' and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business_and_sourc_46cf3002,
        cast(avg(case when stage = 'closed_won' and first_contact_at is not null then {{ days_between("first_contact_at", "closed_at") }} end) as {{ type_double() }}) as avg_days_between_first_contact_at_closed_at__stage_77b8ee71,
        cast(count(distinct case when opportunity_type = 'expansion' and stage = 'closed_won' and expansion_type in ('upsell', 'cross_sell') then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__opportunity_type_expans_764c616f,
        cast(count(case when opportunity_type = 'expansion' and expansion_type in ('upsell', 'cross_sell') and stage = 'closed_won' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_expansion_and_expansio_c12e4ffa,
        cast(count(case when opportunity_type = 'expansion' and expansion_type in ('upsell', 'cross_sell') and stage in ('closed_won', 'closed_lost') then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_expansion_and_expansio_dd5bbddc,
        cast(count(case when stage = 'closed_lost' then 1 end) as {{ type_double() }}) as count_rows__stage_closed_lost
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
