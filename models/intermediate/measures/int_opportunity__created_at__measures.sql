-- generated from definitions/object_models/opportunity.yml; do not edit
-- every aggregate KPIs read from OPPORTUNITY by created_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_opportunity') }}
    where created_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'created_at') }} as _period_week,
        {{ period_start('month', 'created_at') }} as _period_month,
        {{ period_start('quarter', 'created_at') }} as _period_quarter,
        {{ period_start('year', 'created_at') }} as _period_year,
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
