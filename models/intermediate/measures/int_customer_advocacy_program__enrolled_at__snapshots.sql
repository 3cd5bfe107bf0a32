-- generated from definitions/object_models/customer_advocacy_program.yml; do not edit
-- state of CUSTOMER_ADVOCACY_PROGRAM at each period end, from its validity interval [enrolled_at, left_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer_advocacy_program') }}
    where enrolled_at is not null

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
        on periods.period_end > source_rows.enrolled_at
        and (source_rows.left_at is null or periods.period_end <= source_rows.left_at)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_csm,
        _dim_product,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_product) as _grouping_dim_product,
        cast(count(distinct advocate_id) as {{ type_double() }}) as count_distinct_advocate_id,
        cast(count(distinct case when activity_type = 'enrolment' then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__activity_type_enrolment
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_product)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
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
        count_distinct_advocate_id,
        count_distinct_customer_id__activity_type_enrolment
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
