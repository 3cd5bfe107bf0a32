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
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.recorded_at
        and (source_rows.superseded_at is null or periods.period_end <= source_rows.superseded_at)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_csm,
        _dim_key_account_manager,
        _dim_segment,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(sum(case when is_at_risk = true then arr end) as {{ type_double() }}) as sum_arr__is_at_risk_true,
        cast(sum(arr) as {{ type_double() }}) as sum_arr,
        cast(avg(cast(case when is_at_risk then 1.0 else 0.0 end as {{ type_double() }})) as {{ type_double() }}) as avg_case_when_is_at_risk_then_1_0_else_0_0_end,
        cast(avg(cast(health_score as {{ type_double() }})) as {{ type_double() }}) as avg_health_score,
        cast(avg(cast(case when health_status = 'green' then 1.0 else 0.0 end as {{ type_double() }})) as {{ type_double() }}) as avg_case_when_health_status_green_then_1_0_else_0_0_end,
        cast(avg(cast(case when health_status = 'red' then 1.0 else 0.0 end as {{ type_double() }})) as {{ type_double() }}) as avg_case_when_health_status_red_then_1_0_else_0_0_end
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_key_account_manager),
        (_grain, _period_start, _dim_segment)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
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
