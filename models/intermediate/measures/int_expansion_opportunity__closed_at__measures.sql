-- generated from definitions/object_models/expansion_opportunity.yml; do not edit
-- every aggregate KPIs read from EXPANSION_OPPORTUNITY by closed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_expansion_opportunity') }}
    where closed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'closed_at') }} as period_week,
        {{ period_start('month', 'closed_at') }} as period_month,
        {{ period_start('quarter', 'closed_at') }} as period_quarter,
        {{ period_start('year', 'closed_at') }} as period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_csm,
        dim_key_account_manager,
        dim_lead_source,
        dim_product,
        dim_sales_rep,
        dim_segment,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_segment) as grouping_dim_segment,
        cast(count(distinct case when status = 'won' and expansion_type in ('upsell', 'seat_expansion') then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__status_won_and_expansio_5000070a,
        cast(sum(case when status = 'won' then expansion_arr end) as {{ type_double() }}) as sum_expansion_arr__status_won
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_csm),
        (period_week, dim_key_account_manager),
        (period_week, dim_lead_source),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_segment),
        (period_month),
        (period_month, dim_csm),
        (period_month, dim_key_account_manager),
        (period_month, dim_lead_source),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_segment),
        (period_quarter),
        (period_quarter, dim_csm),
        (period_quarter, dim_key_account_manager),
        (period_quarter, dim_lead_source),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_segment),
        (period_year),
        (period_year, dim_csm),
        (period_year, dim_key_account_manager),
        (period_year, dim_lead_source),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_segment)
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
            when grouping_dim_csm = 0 then 'CSM'
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            when grouping_dim_lead_source = 0 then coalesce(dim_lead_source, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_customer_id__status_won_and_expansio_5000070a,
        sum_expansion_arr__status_won
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
