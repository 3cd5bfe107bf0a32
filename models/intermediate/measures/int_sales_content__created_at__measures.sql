-- generated from definitions/object_models/sales_content.yml; do not edit
-- every aggregate KPIs read from SALES_CONTENT by created_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_content') }}
    where created_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'created_at') }} as period_week,
        {{ period_start('month', 'created_at') }} as period_month,
        {{ period_start('quarter', 'created_at') }} as period_quarter,
        {{ period_start('year', 'created_at') }} as period_year,
        cast(product_id as {{ dbt.type_string() }}) as dim_product
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_product,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_product) as grouping_dim_product,
        cast(count(case when variant_type = 'personalized' then 1 end) as {{ type_double() }}) as count_rows__variant_type_personalized,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when contributor_rep_id is not null then 1 end) as {{ type_double() }}) as count_rows__contributor_rep_id_is_not_null
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_product),
        (period_month),
        (period_month, dim_product),
        (period_quarter),
        (period_quarter, dim_product),
        (period_year),
        (period_year, dim_product)
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
            when grouping_dim_product = 0 then 'PRODUCT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__variant_type_personalized,
        count_rows,
        count_rows__contributor_rep_id_is_not_null
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
