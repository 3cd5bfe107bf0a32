-- generated from definitions/object_models/account_plan.yml; do not edit
-- state of ACCOUNT_PLAN at each period end, from its validity interval [approved_at, ended_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_account_plan') }}
    where approved_at is not null

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
        on periods.period_end > source_rows.approved_at
        and (source_rows.ended_at is null or periods.period_end <= source_rows.ended_at)

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
        cast(count(distinct key_account_id) as {{ type_double() }}) as count_distinct_key_account_id
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
        count_distinct_key_account_id
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
