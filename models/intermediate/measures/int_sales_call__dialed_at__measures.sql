-- generated from definitions/object_models/sales_call.yml; do not edit
-- every aggregate KPIs read from SALES_CALL by dialed_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_call') }}
    where dialed_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'dialed_at') }} as _period_week,
        {{ period_start('month', 'dialed_at') }} as _period_month,
        {{ period_start('quarter', 'dialed_at') }} as _period_quarter,
        {{ period_start('year', 'dialed_at') }} as _period_year,
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
        _dim_sales_rep,
        _dim_sales_team,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(case when is_prospect_reached = true and rep_role in ('inside_ae', 'field_ae', 'account_manager', 'kam') then 1 end) as {{ type_double() }}) as count_rows__is_prospect_reached_true_and_rep_role_i_260e2480,
        cast(avg(cast(cast(duration_seconds as {{ type_double() }}) / nullif(60.0, 0) as {{ type_double() }})) as {{ type_double() }}) as avg_duration_seconds_60_0,
        cast(avg(cast(case when is_connected = true then cast(talk_time_seconds as {{ type_double() }}) / nullif(60.0, 0) end as {{ type_double() }})) as {{ type_double() }}) as avg_talk_time_seconds_60_0__is_connected_true,
        cast(count(*) as {{ type_double() }}) as count_rows,
        cast(count(case when direction = 'outbound' and is_prospect_reached = true then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_is_prospect_reached_true,
        cast(count(case when direction = 'outbound' then 1 end) as {{ type_double() }}) as count_rows__direction_outbound,
        cast(count(case when is_prospect_reached = true and meeting_booked = true then 1 end) as {{ type_double() }}) as count_rows__is_prospect_reached_true_and_meeting_booked_true,
        cast(count(case when is_prospect_reached = true then 1 end) as {{ type_double() }}) as count_rows__is_prospect_reached_true,
        cast(count(case when direction = 'outbound' and outcome in ('meeting_booked', 'callback_requested') then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_outcome_in_meeti_bb7065dd,
        cast(count(case when meeting_booked = true then 1 end) as {{ type_double() }}) as count_rows__meeting_booked_true,
        cast(count(case when direction = 'outbound' and is_prospect_reached = true and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_is_prospect_reac_83e2fbea,
        cast(count(case when direction = 'outbound' and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_rep_role_in_sdr_bdr,
        cast(count(distinct case when direction = 'outbound' and is_prospect_reached = true and lead_id is not null and rep_role in ('sdr', 'bdr') then lead_id end) as {{ type_double() }}) as count_distinct_lead_id__direction_outbound_and_is_p_12c25380,
        cast(count(distinct case when direction = 'outbound' and lead_id is not null and rep_role in ('sdr', 'bdr') then lead_id end) as {{ type_double() }}) as count_distinct_lead_id__direction_outbound_and_lead_b1050532,
        cast(count(case when is_quality_conversation = true and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__is_quality_conversation_true_and_rep_ro_d0b20998,
        cast(count(case when direction = 'outbound' and meeting_booked = true and rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__direction_outbound_and_meeting_booked_t_139c3ae3,
        cast(sum(case when rep_role in ('sdr', 'bdr') then talk_time_seconds end) as {{ type_double() }}) as sum_talk_time_seconds__rep_role_in_sdr_bdr,
        cast(sum(coalesce(talk_time_seconds, 0)) as {{ type_double() }}) as sum_coalesce_talk_time_seconds_0
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_territory),
        (_period_year),
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
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__is_prospect_reached_true_and_rep_role_i_260e2480,
        avg_duration_seconds_60_0,
        avg_talk_time_seconds_60_0__is_connected_true,
        count_rows,
        count_rows__direction_outbound_and_is_prospect_reached_true,
        count_rows__direction_outbound,
        count_rows__is_prospect_reached_true_and_meeting_booked_true,
        count_rows__is_prospect_reached_true,
        count_rows__direction_outbound_and_outcome_in_meeti_bb7065dd,
        count_rows__meeting_booked_true,
        count_rows__direction_outbound_and_is_prospect_reac_83e2fbea,
        count_rows__direction_outbound_and_rep_role_in_sdr_bdr,
        count_distinct_lead_id__direction_outbound_and_is_p_12c25380,
        count_distinct_lead_id__direction_outbound_and_lead_b1050532,
        count_rows__is_quality_conversation_true_and_rep_ro_d0b20998,
        count_rows__direction_outbound_and_meeting_booked_t_139c3ae3,
        sum_talk_time_seconds__rep_role_in_sdr_bdr,
        sum_coalesce_talk_time_seconds_0
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
