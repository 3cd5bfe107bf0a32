-- generated from definitions/object_models/opportunity.yml; do not edit
-- every aggregate KPIs read from OPPORTUNITY by created_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_opportunity') }}
    where created_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'created_at') }} as period_week,
        {{ period_start('month', 'created_at') }} as period_month,
        {{ period_start('quarter', 'created_at') }} as period_quarter,
        {{ period_start('year', 'created_at') }} as period_year,
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
        cast(sum(case when opportunity_type = 'new_business' and source = 'ae_sourced' then amount end) as {{ type_double() }}) as sum_amount__opportunity_type_new_business_and_sourc_929bca9b,
        cast(count(case when partner_id is not null then 1 end) as {{ type_double() }}) as count_rows__partner_id_is_not_null,
        cast(sum((case when amount > 0 then 1 else 0 end) + (case when expected_close_date is not null then 1 else 0 end) + (case when product_id is not null then 1 else 0 end) + (case when primary_contact_name is not null then 1 else 0 end) + (case when not stage in ('closed_won', 'closed_lost') and next_step is not null then 1 else 0 end) + (case when stage = 'closed_lost' and loss_reason is not null then 1 else 0 end)) as {{ type_double() }}) as sum_case_when_amount_gt_0_then_1_else_0_end_case_wh_5052e515,
        cast(sum(4 + (case when not stage in ('closed_won', 'closed_lost') then 1 else 0 end) + (case when stage = 'closed_lost' then 1 else 0 end)) as {{ type_double() }}) as sum_4_case_when_stage_not_in_closed_won_closed_lost_70577e13,
        cast(count(case when partner_id is not null and is_deal_registered = true then 1 end) as {{ type_double() }}) as count_rows__partner_id_is_not_null_and_is_deal_regi_6d8e2b80,
        cast(count(case when owner_rep_role = 'inside_ae' then 1 end) as {{ type_double() }}) as count_rows__owner_rep_role_inside_ae,
        cast(count(case when opportunity_type = 'new_business' then 1 end) as {{ type_double() }}) as count_rows__opportunity_type_new_business,
        cast(sum(case when opportunity_type = 'new_business' then amount end) as {{ type_double() }}) as sum_amount__opportunity_type_new_business,
        cast(sum(case when opportunity_type = 'new_business' and partner_role = 'sourced' then amount end) as {{ type_double() }}) as sum_amount__opportunity_type_new_business_and_partn_e488d989,
        cast(sum(amount) as {{ type_double() }}) as sum_amount,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(distinct case when methodology_qualified = true then owner_rep_id end) as {{ type_double() }}) as count_distinct_owner_rep_id__methodology_qualified_true,
        cast(count(distinct owner_rep_id) as {{ type_double() }}) as count_distinct_owner_rep_id,
        cast(sum(case when opportunity_type = 'new_business' and source = 'sdr_sourced' then amount end) as {{ type_double() }}) as sum_amount__opportunity_type_new_business_and_sourc_2c840b6e
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
        sum_amount__opportunity_type_new_business_and_sourc_929bca9b,
        count_rows__partner_id_is_not_null,
        sum_case_when_amount_gt_0_then_1_else_0_end_case_wh_5052e515,
        sum_4_case_when_stage_not_in_closed_won_closed_lost_70577e13,
        count_rows__partner_id_is_not_null_and_is_deal_regi_6d8e2b80,
        count_rows__owner_rep_role_inside_ae,
        count_rows__opportunity_type_new_business,
        sum_amount__opportunity_type_new_business,
        sum_amount__opportunity_type_new_business_and_partn_e488d989,
        sum_amount,
        count_rows,
        count_distinct_owner_rep_id__methodology_qualified_true,
        count_distinct_owner_rep_id,
        sum_amount__opportunity_type_new_business_and_sourc_2c840b6e
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
