-- generated from definitions/object_models/revenue.yml; do not edit
-- every aggregate KPIs read from REVENUE by recognized_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_revenue') }}
    where recognized_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'recognized_date') }} as period_week,
        {{ period_start('month', 'recognized_date') }} as period_month,
        {{ period_start('quarter', 'recognized_date') }} as period_quarter,
        {{ period_start('year', 'recognized_date') }} as period_year,
        cast(customer_id as {{ dbt.type_string() }}) as dim_customer,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager,
        cast(market_id as {{ dbt.type_string() }}) as dim_market,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
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
        dim_customer,
        dim_key_account_manager,
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
        grouping(dim_customer) as grouping_dim_customer,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        grouping(dim_market) as grouping_dim_market,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(sum(case when revenue_type <> 'new' then amount end) as {{ type_double() }}) as sum_amount__revenue_type_ne_new,
        cast(sum(case when channel = 'partner' then amount end) as {{ type_double() }}) as sum_amount__channel_partner,
        cast(sum(case when channel = 'partner' then cost_of_revenue end) as {{ type_double() }}) as sum_cost_of_revenue__channel_partner,
        cast(sum(amount) as {{ type_double() }}) as sum_amount,
        cast(sum(case when channel = 'direct' then amount end) as {{ type_double() }}) as sum_amount__channel_direct,
        cast(sum(case when cost_of_revenue is not null then amount - cost_of_revenue end) as {{ type_double() }}) as sum_amount_cost_of_revenue__cost_of_revenue_is_not_null,
        cast(sum(case when cost_of_revenue is not null then amount end) as {{ type_double() }}) as sum_amount__cost_of_revenue_is_not_null,
        cast(sum(case when is_key_account = true then amount end) as {{ type_double() }}) as sum_amount__is_key_account_true,
        cast(sum(case when {{ days_between("market_entered_date", "recognized_date") }} < 1096 then amount end) as {{ type_double() }}) as sum_amount__days_between_market_entered_date_recogn_006fdbba,
        cast(sum(case when {{ days_between("customer_since_date", "recognized_date") }} < 365 then amount end) as {{ type_double() }}) as sum_amount__days_between_customer_since_date_recogn_a48679a1,
        cast(sum(case when {{ days_between("customer_since_date", "recognized_date") }} >= 365 then amount end) as {{ type_double() }}) as sum_amount__days_between_customer_since_date_recogn_852aa1d3,
        cast(count(distinct customer_id) as {{ type_double() }}) as count_distinct_customer_id
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_customer),
        (period_week, dim_key_account_manager),
        (period_week, dim_market),
        (period_week, dim_partner),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_customer),
        (period_month, dim_key_account_manager),
        (period_month, dim_market),
        (period_month, dim_partner),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_customer),
        (period_quarter, dim_key_account_manager),
        (period_quarter, dim_market),
        (period_quarter, dim_partner),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_customer),
        (period_year, dim_key_account_manager),
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
            when grouping_dim_customer = 0 then 'CUSTOMER'
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
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
            when grouping_dim_customer = 0 then coalesce(dim_customer, 'unknown')
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            when grouping_dim_market = 0 then coalesce(dim_market, 'unknown')
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        sum_amount__revenue_type_ne_new,
        sum_amount__channel_partner,
        sum_cost_of_revenue__channel_partner,
        sum_amount,
        sum_amount__channel_direct,
        sum_amount_cost_of_revenue__cost_of_revenue_is_not_null,
        sum_amount__cost_of_revenue_is_not_null,
        sum_amount__is_key_account_true,
        sum_amount__days_between_market_entered_date_recogn_006fdbba,
        sum_amount__days_between_customer_since_date_recogn_a48679a1,
        sum_amount__days_between_customer_since_date_recogn_852aa1d3,
        count_distinct_customer_id
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
