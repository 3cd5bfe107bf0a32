-- generated from definitions/object_models/sales_activity.yml; do not edit
-- every aggregate KPIs read from SALES_ACTIVITY by occurred_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_activity') }}
    where occurred_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'occurred_at') }} as period_week,
        {{ period_start('month', 'occurred_at') }} as period_month,
        {{ period_start('quarter', 'occurred_at') }} as period_quarter,
        {{ period_start('year', 'occurred_at') }} as period_year,
        cast(account_id as {{ dbt.type_string() }}) as dim_account,
        cast(activity_type as {{ dbt.type_string() }}) as dim_channel,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from source_rows

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_account,
        dim_channel,
        dim_sales_rep,
        dim_sales_team,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_account) as grouping_dim_account,
        grouping(dim_channel) as grouping_dim_channel,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_territory) as grouping_dim_territory,
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
        (period_week),
        (period_week, dim_account),
        (period_week, dim_channel),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_account),
        (period_month, dim_channel),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_account),
        (period_quarter, dim_channel),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_account),
        (period_year, dim_channel),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
        (period_year, dim_territory)
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
            when grouping_dim_account = 0 then 'ACCOUNT'
            when grouping_dim_channel = 0 then 'CHANNEL'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_account = 0 then coalesce(dim_account, 'unknown')
            when grouping_dim_channel = 0 then coalesce(dim_channel, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
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
