-- generated from definitions/object_models/qbr.yml; do not edit
-- state of QBR at each period end, from its validity interval [held_at, current_until): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_qbr') }}
    where held_at is not null

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
        periods.grain,
        periods.period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.held_at
        and (source_rows.current_until is null or periods.period_end <= source_rows.current_until)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_csm,
        dim_key_account_manager,
        dim_segment,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        grouping(dim_segment) as grouping_dim_segment,
        cast(count(distinct case when status = 'held' then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__status_held
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_csm),
        (grain, period_start, dim_key_account_manager),
        (grain, period_start, dim_segment)
    )

),

shaped as (

    select
        grain,
        period_start,
        case
            when grouping_dim_csm = 0 then 'CSM'
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_customer_id__status_held
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
