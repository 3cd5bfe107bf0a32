-- generated from definitions/object_models/support_interaction.yml; do not edit
-- every aggregate KPIs read from SUPPORT_INTERACTION by occurred_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_support_interaction') }}
    where occurred_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'occurred_at') }} as _period_week,
        {{ period_start('month', 'occurred_at') }} as _period_month,
        {{ period_start('quarter', 'occurred_at') }} as _period_quarter,
        {{ period_start('year', 'occurred_at') }} as _period_year,
        cast(channel as {{ dbt.type_string() }}) as _dim_channel,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_channel,
        _dim_csm,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_channel) as _grouping_dim_channel,
        grouping(_dim_csm) as _grouping_dim_csm,
        cast(sum(case when handler_role = 'csm' then coalesce(duration_seconds, 0) end) as {{ type_double() }}) as sum_coalesce_duration_seconds_0__handler_role_csm,
        cast(count(case when interaction_type <> 'knowledge_base_session' then 1 end) as {{ type_double() }}) as count_rows__interaction_type_ne_knowledge_base_session,
        cast(count(case when interaction_type in ('check_in', 'training_session') then 1 end) as {{ type_double() }}) as count_rows__interaction_type_in_check_in_training_session,
        cast(count(case when interaction_type = 'knowledge_base_session' and is_resolving = true then 1 end) as {{ type_double() }}) as count_rows__interaction_type_knowledge_base_session_b19e82c0,
        cast(count(case when interaction_type = 'knowledge_base_session' then 1 end) as {{ type_double() }}) as count_rows__interaction_type_knowledge_base_session,
        cast(count(*) as {{ type_double() }}) as count_rows
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_channel),
        (_period_week, _dim_csm),
        (_period_month),
        (_period_month, _dim_channel),
        (_period_month, _dim_csm),
        (_period_quarter),
        (_period_quarter, _dim_channel),
        (_period_quarter, _dim_csm),
        (_period_year),
        (_period_year, _dim_channel),
        (_period_year, _dim_csm)
    )

),

shaped as (

    select
        case
            when _grouping_period_week = 0 then 'week'
            when _grouping_period_month = 0 then 'month'
            when _grouping_period_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(_period_week, _period_month, _period_quarter, _period_year) as period_start,
        case
            when _grouping_dim_channel = 0 then 'CHANNEL'
            when _grouping_dim_csm = 0 then 'CSM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_channel = 0 then coalesce(_dim_channel, 'unknown')
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            else 'all'
        end as dimension_value,
        sum_coalesce_duration_seconds_0__handler_role_csm,
        count_rows__interaction_type_ne_knowledge_base_session,
        count_rows__interaction_type_in_check_in_training_session,
        count_rows__interaction_type_knowledge_base_session_b19e82c0,
        count_rows__interaction_type_knowledge_base_session,
        count_rows
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods)
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from in_calendar
