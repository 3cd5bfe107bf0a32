-- generated from definitions/object_models/account_risk.yml; do not edit
-- state of ACCOUNT_RISK at each period end, from its validity interval [identified_at, resolved_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_account_risk') }}
    where identified_at is not null

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
        on periods.period_end > source_rows.identified_at
        and (source_rows.resolved_at is null or periods.period_end <= source_rows.resolved_at)

),

prepared as (

    select
        *,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_key_account_manager,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        cast(sum(case when key_account_id is not null then arr_at_risk end) as {{ type_double() }}) as sum_arr_at_risk__key_account_id_is_not_null
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_key_account_manager)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            else 'all'
        end as dimension_value,
        sum_arr_at_risk__key_account_id_is_not_null
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
