-- generated from definitions/object_models/sales_activity.yml; do not edit
-- every aggregate KPIs read from SALES_ACTIVITY by occurred_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_activity') }}
    where occurred_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'occurred_at') }} as _period_week,
        {{ period_start('month', 'occurred_at') }} as _period_month,
        {{ period_start('quarter', 'occurred_at') }} as _period_quarter,
        {{ period_start('year', 'occurred_at') }} as _period_year,
        cast(account_id as {{ dbt.type_string() }}) as _dim_account,
        cast(activity_type as {{ dbt.type_string() }}) as _dim_channel,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from source_rows

),

aggregated as (

    select
        _period_week,
        _period_month,
        _period_quarter,
        _period_year,
        _dim_account,
        _dim_channel,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_account) as _grouping_dim_account,
        grouping(_dim_channel) as _grouping_dim_channel,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(case when direction = 'outbound' and meeting_booked = true and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_meeting_booked_t_139c3ae3,
        cast(count(case when direction = 'outbound' and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_rep_role_in_sdr_bdr,
        cast(count(case when activity_type in ('call', 'email') and direction = 'outbound' and is_automated = false then 1 end) as {{ type_double() }}) as count_rows__activity_type_in_call_email_and_directi_d9b3a8cf,
        cast(count(case when is_automated = false and (outcome is null or not outcome in ('no_show', 'cancelled')) then 1 end) as {{ type_double() }}) as count_rows__is_automated_false_and_outcome_is_null_55a0aa72,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when meeting_booked = true and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr,
        cast(count(case when activity_type = 'call' and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__activity_type_call_and_rep_role_in_sdr_bdr,
        cast(count(distinct case when rep_role in ('sdr', 'bdr') then sales_rep_id end) as {{ type_double() }}) as count_distinct_sales_rep_id__rep_role_in_sdr_bdr,
        cast(count(distinct case when lead_id is not null and rep_role in ('sdr', 'bdr') then lead_id end) as {{ type_double() }}) as count_distinct_lead_id__lead_id_is_not_null_and_rep_64424785,
        cast(count(case when rep_role = 'kam' and is_automated = false then 1 end) as {{ type_double() }}) as count_rows__rep_role_kam_and_is_automated_false
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_account),
        (_period_week, _dim_channel),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_account),
        (_period_month, _dim_channel),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_account),
        (_period_quarter, _dim_channel),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_account),
        (_period_year, _dim_channel),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team),
        (_period_year, _dim_territory)
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
            when _grouping_dim_account = 0 then 'ACCOUNT'
            when _grouping_dim_channel = 0 then 'CHANNEL'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_account = 0 then coalesce(_dim_account, 'unknown')
            when _grouping_dim_channel = 0 then coalesce(_dim_channel, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__direction_outbound_and_meeting_booked_t_139c3ae3,
        count_rows__direction_outbound_and_rep_role_in_sdr_bdr,
        count_rows__activity_type_in_call_email_and_directi_d9b3a8cf,
        count_rows__is_automated_false_and_outcome_is_null_55a0aa72,
        count_rows,
        count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr,
        count_rows__activity_type_call_and_rep_role_in_sdr_bdr,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr,
        count_distinct_lead_id__lead_id_is_not_null_and_rep_64424785,
        count_rows__rep_role_kam_and_is_automated_false
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
