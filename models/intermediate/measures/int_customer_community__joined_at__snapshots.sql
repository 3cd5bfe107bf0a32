-- generated from definitions/object_models/customer_community.yml; do not edit
-- state of CUSTOMER_COMMUNITY at each period end, from its validity interval [joined_at, left_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer_community') }}
    where joined_at is not null

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
        on periods.period_end > source_rows.joined_at
        and (source_rows.left_at is null or periods.period_end <= source_rows.left_at)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_csm,
        grouping(_dim_csm) as _grouping_dim_csm,
        cast(count(distinct customer_id) as {{ type_double() }}) as count_distinct_customer_id
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_csm = 0 then 'CSM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_customer_id
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
