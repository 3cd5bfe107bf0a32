-- generated from definitions/object_models/deal.yml; do not edit
-- every aggregate KPIs read from DEAL by booked_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_deal') }}
    where booked_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'booked_at') }} as _period_week,
        {{ period_start('month', 'booked_at') }} as _period_month,
        {{ period_start('quarter', 'booked_at') }} as _period_quarter,
        {{ period_start('year', 'booked_at') }} as _period_year,
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
        cast(avg(cast(amount as {{ type_double() }})) as {{ type_double() }}) as avg_amount,
        cast(sum(case when deal_type = 'new_business' and annual_contract_value is not null then annual_contract_value end) as {{ type_double() }}) as sum_annual_contract_value__deal_type_new_business_a_ee7da95b,
        cast(count(case when deal_type = 'new_business' and annual_contract_value is not null then 1 end) as {{ type_double() }}) as count_rows__deal_type_new_business_and_annual_contr_6aefafc0,
        cast(sum(amount) as {{ type_double() }}) as sum_amount,
        cast(sum(case when list_price_amount is not null and discount_amount is not null then discount_amount end) as {{ type_double() }}) as sum_discount_amount__list_price_amount_is_not_null_91ffa1f5,
        cast(sum(case when list_price_amount is not null and discount_amount is not null then list_price_amount end) as {{ type_double() }}) as sum_list_price_amount__list_price_amount_is_not_nul_fb83f6b9,
        cast(sum(case when is_partner_sourced = true then amount end) as {{ type_double() }}) as sum_amount__is_partner_sourced_true,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(sum(annual_contract_value) as {{ type_double() }}) as sum_annual_contract_value,
        cast(sum(case when deal_type = 'new_business' then annual_contract_value end) as {{ type_double() }}) as sum_annual_contract_value__deal_type_new_business,
        cast(sum(case when deal_type = 'new_business' then amount end) as {{ type_double() }}) as sum_amount__deal_type_new_business,
        cast(count(case when deal_type = 'new_business' then 1 end) as {{ type_double() }}) as count_rows__deal_type_new_business,
        cast(sum(case when is_new_logo = true then arr_amount end) as {{ type_double() }}) as sum_arr_amount__is_new_logo_true,
        cast(count(distinct case when is_new_logo = true then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__is_new_logo_true,
        cast(count(distinct customer_id) as {{ type_double() }}) as count_distinct_customer_id,
        cast(sum(case when is_new_logo = true then cast(arr_amount as {{ type_double() }}) / nullif(12, 0) * gross_margin_percent end) as {{ type_double() }}) as sum_arr_amount_12_gross_margin_percent__is_new_logo_true,
        cast(count(case when is_new_logo = true then 1 end) as {{ type_double() }}) as count_rows__is_new_logo_true,
        cast(avg(cast(case when is_partner_sourced = true then amount end as {{ type_double() }})) as {{ type_double() }}) as avg_amount__is_partner_sourced_true,
        cast(sum(case when is_partner_influenced = true then amount end) as {{ type_double() }}) as sum_amount__is_partner_influenced_true,
        cast(sum(case when list_price_amount is not null then amount end) as {{ type_double() }}) as sum_amount__list_price_amount_is_not_null,
        cast(sum(list_price_amount) as {{ type_double() }}) as sum_list_price_amount__list_price_amount_is_not_null,
        cast(avg(cast(days_since_previous_deal as {{ type_double() }})) as {{ type_double() }}) as avg_days_since_previous_deal__days_since_previous_d_7b37ce63,
        cast(count(case when deal_type = 'expansion' then 1 end) as {{ type_double() }}) as count_rows__deal_type_expansion
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
        avg_amount,
        sum_annual_contract_value__deal_type_new_business_a_ee7da95b,
        count_rows__deal_type_new_business_and_annual_contr_6aefafc0,
        sum_amount,
        sum_discount_amount__list_price_amount_is_not_null_91ffa1f5,
        sum_list_price_amount__list_price_amount_is_not_nul_fb83f6b9,
        sum_amount__is_partner_sourced_true,
        count_rows,
        sum_annual_contract_value,
        sum_annual_contract_value__deal_type_new_business,
        sum_amount__deal_type_new_business,
        count_rows__deal_type_new_business,
        sum_arr_amount__is_new_logo_true,
        count_distinct_customer_id__is_new_logo_true,
        count_distinct_customer_id,
        sum_arr_amount_12_gross_margin_percent__is_new_logo_true,
        count_rows__is_new_logo_true,
        avg_amount__is_partner_sourced_true,
        sum_amount__is_partner_influenced_true,
        sum_amount__list_price_amount_is_not_null,
        sum_list_price_amount__list_price_amount_is_not_null,
        avg_days_since_previous_deal__days_since_previous_d_7b37ce63,
        count_rows__deal_type_expansion
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
