-- generated from definitions/object_models/customer_education.yml; do not edit
-- every aggregate KPIs read from CUSTOMER_EDUCATION by follow_up_assessed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer_education') }}
    where follow_up_assessed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'follow_up_assessed_at') }} as _period_week,
        {{ period_start('month', 'follow_up_assessed_at') }} as _period_month,
        {{ period_start('quarter', 'follow_up_assessed_at') }} as _period_quarter,
        {{ period_start('year', 'follow_up_assessed_at') }} as _period_year,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product
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
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_product) as _grouping_dim_product,
        cast(avg(cast(case when follow_up_assessment_score is not null then cast(follow_up_assessment_score as {{ type_double() }}) / nullif(100.0, 0) end as {{ type_double() }})) as {{ type_double() }}) as avg_follow_up_assessment_score_100_0__follow_up_ass_f047a305
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_csm),
        (_period_week, _dim_product),
        (_period_month),
        (_period_month, _dim_csm),
        (_period_month, _dim_product),
        (_period_quarter),
        (_period_quarter, _dim_csm),
        (_period_quarter, _dim_product),
        (_period_year),
        (_period_year, _dim_csm),
        (_period_year, _dim_product)
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
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            else 'all'
        end as dimension_value,
        avg_follow_up_assessment_score_100_0__follow_up_ass_f047a305
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
