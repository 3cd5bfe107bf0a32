-- generated from definitions/object_models/revenue.yml; do not edit
-- every aggregate KPIs read from REVENUE by recognized_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_revenue') }}
    where recognized_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'recognized_date') }} as _period_week,
        {{ period_start('month', 'recognized_date') }} as _period_month,
        {{ period_start('quarter', 'recognized_date') }} as _period_quarter,
        {{ period_start('year', 'recognized_date') }} as _period_year,
        cast(customer_id as {{ dbt.type_string() }}) as _dim_customer,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
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
        _dim_customer,
        _dim_key_account_manager,
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
        grouping(_dim_customer) as _grouping_dim_customer,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
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
        (_period_week),
        (_period_week, _dim_customer),
        (_period_week, _dim_key_account_manager),
        (_period_week, _dim_market),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_customer),
        (_period_month, _dim_key_account_manager),
        (_period_month, _dim_market),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_customer),
        (_period_quarter, _dim_key_account_manager),
        (_period_quarter, _dim_market),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_customer),
        (_period_year, _dim_key_account_manager),
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
            when _grouping_dim_customer = 0 then 'CUSTOMER'
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
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
            when _grouping_dim_customer = 0 then coalesce(_dim_customer, 'unknown')
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
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
