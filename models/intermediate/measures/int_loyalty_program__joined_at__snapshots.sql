-- generated from definitions/object_models/loyalty_program.yml; do not edit
-- state of LOYALTY_PROGRAM at each period end, from its validity interval [joined_at, left_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_loyalty_program') }}
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
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_segment,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(count(distinct customer_id) as {{ type_double() }}) as count_distinct_customer_id
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_segment)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_customer_id
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
