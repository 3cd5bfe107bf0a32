-- generated from definitions/object_models/customer_health_record.yml; do not edit
-- state of CUSTOMER_HEALTH_RECORD at each period end, from its validity interval [recorded_at, superseded_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_customer_health_record') }}
    where recorded_at is not null

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
        on periods.period_end > source_rows.recorded_at
        and (source_rows.superseded_at is null or periods.period_end <= source_rows.superseded_at)

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
        cast(sum(case when is_at_risk = true then arr end) as {{ type_double() }}) as sum_arr__is_at_risk_true,
        cast(sum(arr) as {{ type_double() }}) as sum_arr,
        cast(avg(case when is_at_risk then 1.0 else 0.0 end) as {{ type_double() }}) as avg_case_when_is_at_risk_then_1_0_else_0_0_end,
        cast(avg(health_score) as {{ type_double() }}) as avg_health_score,
        cast(avg(case when health_status = 'green' then 1.0 else 0.0 end) as {{ type_double() }}) as avg_case_when_health_status_green_then_1_0_else_0_0_end,
        cast(avg(case when health_status = 'red' then 1.0 else 0.0 end) as {{ type_double() }}) as avg_case_when_health_status_red_then_1_0_else_0_0_end
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
        sum_arr__is_at_risk_true,
        sum_arr,
        avg_case_when_is_at_risk_then_1_0_else_0_0_end,
        avg_health_score,
        avg_case_when_health_status_green_then_1_0_else_0_0_end,
        avg_case_when_health_status_red_then_1_0_else_0_0_end
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
