-- generated from definitions/object_models/sale.yml; do not edit
-- every aggregate KPIs read from SALE by sold_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sale') }}
    where sold_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'sold_at') }} as period_week,
        {{ period_start('month', 'sold_at') }} as period_month,
        {{ period_start('quarter', 'sold_at') }} as period_quarter,
        {{ period_start('year', 'sold_at') }} as period_year,
        cast(customer_id as {{ dbt.type_string() }}) as dim_customer,
        cast(partner_id as {{ dbt.type_string() }}) as dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_channel as {{ dbt.type_string() }}) as dim_sales_channel,
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
        dim_partner,
        dim_product,
        dim_sales_channel,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_customer) as grouping_dim_customer,
        grouping(dim_partner) as grouping_dim_partner,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_channel) as grouping_dim_sales_channel,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(avg(amount - coalesce(refund_amount, 0)) as {{ type_double() }}) as avg_amount_coalesce_refund_amount_0,
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
        (period_week),
        (period_week, dim_customer),
        (period_week, dim_partner),
        (period_week, dim_product),
        (period_week, dim_sales_channel),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_customer),
        (period_month, dim_partner),
        (period_month, dim_product),
        (period_month, dim_sales_channel),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_customer),
        (period_quarter, dim_partner),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_channel),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_customer),
        (period_year, dim_partner),
        (period_year, dim_product),
        (period_year, dim_sales_channel),
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
            when grouping_dim_partner = 0 then 'PARTNER'
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_channel = 0 then 'SALES_CHANNEL'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_customer = 0 then coalesce(dim_customer, 'unknown')
            when grouping_dim_partner = 0 then coalesce(dim_partner, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_channel = 0 then coalesce(dim_sales_channel, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
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
