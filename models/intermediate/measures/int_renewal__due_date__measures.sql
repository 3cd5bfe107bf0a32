-- generated from definitions/object_models/renewal.yml; do not edit
-- every aggregate KPIs read from RENEWAL by due_date: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_renewal') }}
    where due_date is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'due_date') }} as period_week,
        {{ period_start('month', 'due_date') }} as period_month,
        {{ period_start('quarter', 'due_date') }} as period_quarter,
        {{ period_start('year', 'due_date') }} as period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
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
        dim_product,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        cast(sum(case when outcome in ('renewed', 'upgraded', 'downgraded') then renewed_arr end) as {{ type_double() }}) as sum_renewed_arr__outcome_in_renewed_upgraded_downgraded,
        cast(sum(previous_arr) as {{ type_double() }}) as sum_previous_arr,
        cast(count(case when outcome in ('renewed', 'upgraded', 'downgraded') then 1 end) as {{ type_double() }}) as count_rows__outcome_in_renewed_upgraded_downgraded,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when is_csm_touched = true and outcome in ('renewed', 'upgraded', 'downgraded') then 1 end) as {{ type_double() }}) as count_rows__is_csm_touched_true_and_outcome_in_rene_9acecce1,
        cast(count(case when is_csm_touched = true then 1 end) as {{ type_double() }}) as count_rows__is_csm_touched_true,
        cast(count(case when is_csm_touched = false and outcome in ('renewed', 'upgraded', 'downgraded') then 1 end) as {{ type_double() }}) as count_rows__is_csm_touched_false_and_outcome_in_ren_e317f3b8,
        cast(count(case when is_csm_touched = false then 1 end) as {{ type_double() }}) as count_rows__is_csm_touched_false,
        cast(count(case when outcome in ('renewed', 'upgraded', 'downgraded') and days_late = 0 then 1 end) as {{ type_double() }}) as count_rows__outcome_in_renewed_upgraded_downgraded_df7823fb
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_csm),
        (period_week, dim_product),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_month),
        (period_month, dim_csm),
        (period_month, dim_product),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_quarter),
        (period_quarter, dim_csm),
        (period_quarter, dim_product),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_year),
        (period_year, dim_csm),
        (period_year, dim_product),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
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
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        sum_renewed_arr__outcome_in_renewed_upgraded_downgraded,
        sum_previous_arr,
        count_rows__outcome_in_renewed_upgraded_downgraded,
        count_rows,
        count_rows__is_csm_touched_true_and_outcome_in_rene_9acecce1,
        count_rows__is_csm_touched_true,
        count_rows__is_csm_touched_false_and_outcome_in_ren_e317f3b8,
        count_rows__is_csm_touched_false,
        count_rows__outcome_in_renewed_upgraded_downgraded_df7823fb
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
