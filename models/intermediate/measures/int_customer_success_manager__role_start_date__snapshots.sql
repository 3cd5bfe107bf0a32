-- generated from definitions/object_models/customer_success_manager.yml; do not edit
-- state of CUSTOMER_SUCCESS_MANAGER at each period end, from its validity interval [role_start_date, role_end_date): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer_success_manager') }}
    where role_start_date is not null

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
        on periods.period_end > source_rows.role_start_date
        and (source_rows.role_end_date is null or periods.period_end <= source_rows.role_end_date)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_csm,
        dim_segment,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_segment) as grouping_dim_segment,
        cast(count(*) as {{ type_double() }}) as count_rows
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_csm),
        (grain, period_start, dim_segment)
    )

),

shaped as (

    select
        grain,
        period_start,
        case
            when grouping_dim_csm = 0 then 'CSM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
