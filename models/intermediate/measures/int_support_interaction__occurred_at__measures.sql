-- generated from definitions/object_models/support_interaction.yml; do not edit
-- every aggregate KPIs read from SUPPORT_INTERACTION by occurred_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_support_interaction') }}
    where occurred_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'occurred_at') }} as period_week,
        {{ period_start('month', 'occurred_at') }} as period_month,
        {{ period_start('quarter', 'occurred_at') }} as period_quarter,
        {{ period_start('year', 'occurred_at') }} as period_year,
        cast(channel as {{ dbt.type_string() }}) as dim_channel,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_channel,
        dim_csm,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_channel) as grouping_dim_channel,
        grouping(dim_csm) as grouping_dim_csm,
        cast(sum(case when handler_role = 'csm' then coalesce(duration_seconds, 0) end) as {{ type_double() }}) as sum_coalesce_duration_seconds_0__handler_role_csm,
        cast(count(case when interaction_type <> 'knowledge_base_session' then 1 end) as {{ type_double() }}) as count_rows__interaction_type_ne_knowledge_base_session,
        cast(count(case when interaction_type in ('check_in', 'training_session') then 1 end) as {{ type_double() }}) as count_rows__interaction_type_in_check_in_training_session,
        cast(count(case when interaction_type = 'knowledge_base_session' and is_resolving = true then 1 end) as {{ type_double() }}) as count_rows__interaction_type_knowledge_base_session_b19e82c0,
        cast(count(case when interaction_type = 'knowledge_base_session' then 1 end) as {{ type_double() }}) as count_rows__interaction_type_knowledge_base_session,
        cast(count(*) as {{ type_double() }}) as count_rows
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_channel),
        (period_week, dim_csm),
        (period_month),
        (period_month, dim_channel),
        (period_month, dim_csm),
        (period_quarter),
        (period_quarter, dim_channel),
        (period_quarter, dim_csm),
        (period_year),
        (period_year, dim_channel),
        (period_year, dim_csm)
    )

),

shaped as (

    select
        case
            when grouping_week = 0 then 'week'
            when grouping_month = 0 then 'month'
            when grouping_quarter = 0 then 'quarter'
            else 'year'
        end as grain,
        coalesce(period_week, period_month, period_quarter, period_year) as period_start,
        case
            when grouping_dim_channel = 0 then 'CHANNEL'
            when grouping_dim_csm = 0 then 'CSM'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_channel = 0 then coalesce(dim_channel, 'unknown')
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
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
