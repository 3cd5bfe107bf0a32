-- generated from definitions/object_models/sales_content.yml; do not edit
-- state of SALES_CONTENT at each period end, from its validity interval [published_at, retired_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_content') }}
    where published_at is not null

),

periods as (

    select
        grain,
        period_start,
        period_end
    from {{ ref('int_kpi_periods') }}

),

active_at_period_end as (

    select
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.published_at
        and (source_rows.retired_at is null or periods.period_end <= source_rows.retired_at)

),

prepared as (

    select
        *,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_product,
        grouping(_dim_product) as _grouping_dim_product,
        cast(count(case when coalesce(variant_type, 'original') <> 'personalized' then 1 end) as {{ type_double() }}) as count_rows__coalesce_variant_type_original_ne_personalized,
        cast(count(case when variant_type = 'localized' then 1 end) as {{ type_double() }}) as count_rows__variant_type_localized
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_product)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_product = 0 then 'PRODUCT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__coalesce_variant_type_original_ne_personalized,
        count_rows__variant_type_localized
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
