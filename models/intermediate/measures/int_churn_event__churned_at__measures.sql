-- generated from definitions/object_models/churn_event.yml; do not edit
-- every aggregate KPIs read from CHURN_EVENT by churned_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_churn_event') }}
    where churned_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'churned_at') }} as period_week,
        {{ period_start('month', 'churned_at') }} as period_month,
        {{ period_start('quarter', 'churned_at') }} as period_quarter,
        {{ period_start('year', 'churned_at') }} as period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
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
        dim_segment,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_segment) as grouping_dim_segment,
        cast(avg(case when outcome = 'churned' and churn_scope = 'full' then tenure_months end) as {{ type_double() }}) as avg_tenure_months__outcome_churned_and_churn_scope_full,
        cast(sum(case when outcome = 'churned' and churn_scope = 'full' then mrr_lost end) as {{ type_double() }}) as sum_mrr_lost__outcome_churned_and_churn_scope_full,
        cast(count(case when outcome = 'churned' and churn_scope = 'full' and reason = 'competitor' then 1 end) as {{ type_double() }}) as count_rows__outcome_churned_and_churn_scope_full_an_cfafeb98,
        cast(count(case when outcome = 'churned' and churn_scope = 'full' then 1 end) as {{ type_double() }}) as count_rows__outcome_churned_and_churn_scope_full,
        cast(sum(case when outcome = 'churned' and churn_scope = 'partial' then mrr_lost end) as {{ type_double() }}) as sum_mrr_lost__outcome_churned_and_churn_scope_partial,
        cast(count(distinct case when outcome = 'churned' and churn_scope = 'partial' then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__outcome_churned_and_chu_e5675c8a,
        cast(count(distinct case when outcome = 'churned' and churn_scope = 'full' then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__outcome_churned_and_chu_9bc6a0fc,
        cast(count(case when outcome = 'churned' and churn_scope = 'full' and churn_type = 'involuntary' then 1 end) as {{ type_double() }}) as count_rows__outcome_churned_and_churn_scope_full_an_887cc263
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_csm),
        (period_week, dim_product),
        (period_week, dim_segment),
        (period_month),
        (period_month, dim_csm),
        (period_month, dim_product),
        (period_month, dim_segment),
        (period_quarter),
        (period_quarter, dim_csm),
        (period_quarter, dim_product),
        (period_quarter, dim_segment),
        (period_year),
        (period_year, dim_csm),
        (period_year, dim_product),
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
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        avg_tenure_months__outcome_churned_and_churn_scope_full,
        sum_mrr_lost__outcome_churned_and_churn_scope_full,
        count_rows__outcome_churned_and_churn_scope_full_an_cfafeb98,
        count_rows__outcome_churned_and_churn_scope_full,
        sum_mrr_lost__outcome_churned_and_churn_scope_partial,
        count_distinct_customer_id__outcome_churned_and_chu_e5675c8a,
        count_distinct_customer_id__outcome_churned_and_chu_9bc6a0fc,
        count_rows__outcome_churned_and_churn_scope_full_an_887cc263
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
