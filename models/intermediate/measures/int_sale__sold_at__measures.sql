-- generated from definitions/object_models/sale.yml; do not edit
-- every aggregate KPIs read from SALE by sold_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sale') }}
    where sold_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'sold_at') }} as _period_week,
        {{ period_start('month', 'sold_at') }} as _period_month,
        {{ period_start('quarter', 'sold_at') }} as _period_quarter,
        {{ period_start('year', 'sold_at') }} as _period_year,
        cast(customer_id as {{ dbt.type_string() }}) as _dim_customer,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(sales_channel as {{ dbt.type_string() }}) as _dim_sales_channel,
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
        _dim_partner,
        _dim_product,
        _dim_sales_channel,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_segment,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_customer) as _grouping_dim_customer,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_channel) as _grouping_dim_sales_channel,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_segment) as _grouping_dim_segment,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(avg(cast(amount - coalesce(refund_amount, 0) as {{ type_double() }})) as {{ type_double() }}) as avg_amount_coalesce_refund_amount_0,
        cast(sum(amount - coalesce(refund_amount, 0)) as {{ type_double() }}) as sum_amount_coalesce_refund_amount_0,
        cast(sum(quantity) as {{ type_double() }}) as sum_quantity,
        cast(sum(case when is_recurring = true and cost_amount is not null and coalesce(is_returned, false) = false then amount - cost_amount end) as {{ type_double() }}) as sum_amount_cost_amount__is_recurring_true_and_cost_e61ebf3b,
        cast(sum(case when is_recurring = true and cost_amount is not null and coalesce(is_returned, false) = false then amount end) as {{ type_double() }}) as sum_amount__is_recurring_true_and_cost_amount_is_no_6b77d4e2,
        cast(count(distinct case when deal_id is not null and is_returned = true then deal_id end) as {{ type_double() }}) as count_distinct_deal_id__deal_id_is_not_null_and_is_8c869ae6,
        cast(count(distinct deal_id) as {{ type_double() }}) as count_distinct_deal_id__deal_id_is_not_null,
        cast(sum(case when is_new_product = true then amount - coalesce(refund_amount, 0) end) as {{ type_double() }}) as sum_amount_coalesce_refund_amount_0__is_new_product_true,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when is_repeat_purchase = true then 1 end) as {{ type_double() }}) as count_rows__is_repeat_purchase_true,
        cast(sum(case when coalesce(is_returned, false) = false then quantity end) as {{ type_double() }}) as sum_quantity__coalesce_is_returned_false_false
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_customer),
        (_period_week, _dim_partner),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_channel),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_segment),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_customer),
        (_period_month, _dim_partner),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_channel),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_segment),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_customer),
        (_period_quarter, _dim_partner),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_channel),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_segment),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_customer),
        (_period_year, _dim_partner),
        (_period_year, _dim_product),
        (_period_year, _dim_sales_channel),
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
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_channel = 0 then 'SALES_CHANNEL'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_customer = 0 then coalesce(_dim_customer, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_channel = 0 then coalesce(_dim_sales_channel, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        avg_amount_coalesce_refund_amount_0,
        sum_amount_coalesce_refund_amount_0,
        sum_quantity,
        sum_amount_cost_amount__is_recurring_true_and_cost_e61ebf3b,
        sum_amount__is_recurring_true_and_cost_amount_is_no_6b77d4e2,
        count_distinct_deal_id__deal_id_is_not_null_and_is_8c869ae6,
        count_distinct_deal_id__deal_id_is_not_null,
        sum_amount_coalesce_refund_amount_0__is_new_product_true,
        count_rows,
        count_rows__is_repeat_purchase_true,
        sum_quantity__coalesce_is_returned_false_false
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
