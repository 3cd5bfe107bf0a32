-- generated from definitions/object_models/sales_content.yml; do not edit
-- every aggregate KPIs read from SALES_CONTENT by published_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_content') }}
    where published_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'published_at') }} as _period_week,
        {{ period_start('month', 'published_at') }} as _period_month,
        {{ period_start('quarter', 'published_at') }} as _period_quarter,
        {{ period_start('year', 'published_at') }} as _period_year,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_product,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_product) as _grouping_dim_product,
        cast(avg(cast(case when published_at is not null and coalesce(variant_type, 'original') <> 'personalized' then {{ days_between("created_at", "published_at") }} end as {{ type_double() }})) as {{ type_double() }}) as avg_days_between_created_at_published_at__published_2f47dc67,
        cast(count(case when published_at is not null and coalesce(variant_type, 'original') <> 'personalized' then 1 end) as {{ type_double() }}) as count_rows__published_at_is_not_null_and_coalesce_v_c2552e1c
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_product),
        (_period_month),
        (_period_month, _dim_product),
        (_period_quarter),
        (_period_quarter, _dim_product),
        (_period_year),
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
            when _grouping_dim_product = 0 then 'PRODUCT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            else 'all'
        end as dimension_value,
        avg_days_between_created_at_published_at__published_2f47dc67,
        count_rows__published_at_is_not_null_and_coalesce_v_c2552e1c
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
