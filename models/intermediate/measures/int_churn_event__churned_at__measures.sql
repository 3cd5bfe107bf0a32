-- generated from definitions/object_models/churn_event.yml; do not edit
-- every aggregate KPIs read from CHURN_EVENT by churned_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_churn_event') }}
    where churned_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'churned_at') }} as _period_week,
        {{ period_start('month', 'churned_at') }} as _period_month,
        {{ period_start('quarter', 'churned_at') }} as _period_quarter,
        {{ period_start('year', 'churned_at') }} as _period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_csm,
        _dim_product,
        _dim_segment,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(avg(cast(case when outcome = 'churned' and churn_scope = 'full' then tenure_months end as {{ type_double() }})) as {{ type_double() }}) as avg_tenure_months__outcome_churned_and_churn_scope_full,
        cast(sum(case when outcome = 'churned' and churn_scope = 'full' then mrr_lost end) as {{ type_double() }}) as sum_mrr_lost__outcome_churned_and_churn_scope_full,
        cast(count(case when outcome = 'churned' and churn_scope = 'full' and reason = 'competitor' then 1 end) as {{ type_double() }}) as count_rows__outcome_churned_and_churn_scope_full_an_cfafeb98,
        cast(count(case when outcome = 'churned' and churn_scope = 'full' then 1 end) as {{ type_double() }}) as count_rows__outcome_churned_and_churn_scope_full,
        cast(sum(case when outcome = 'churned' and churn_scope = 'partial' then mrr_lost end) as {{ type_double() }}) as sum_mrr_lost__outcome_churned_and_churn_scope_partial,
        cast(count(distinct case when outcome = 'churned' and churn_scope = 'partial' then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__outcome_churned_and_chu_e5675c8a,
        cast(count(distinct case when outcome = 'churned' and churn_scope = 'full' then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__outcome_churned_and_chu_9bc6a0fc,
        cast(count(case when outcome = 'churned' and churn_scope = 'full' and churn_type = 'involuntary' then 1 end) as {{ type_double() }}) as count_rows__outcome_churned_and_churn_scope_full_an_887cc263
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_csm),
        (_period_week, _dim_product),
        (_period_week, _dim_segment),
        (_period_month),
        (_period_month, _dim_csm),
        (_period_month, _dim_product),
        (_period_month, _dim_segment),
        (_period_quarter),
        (_period_quarter, _dim_csm),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_segment),
        (_period_year),
        (_period_year, _dim_csm),
        (_period_year, _dim_product),
        (_period_year, _dim_segment)
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
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
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
