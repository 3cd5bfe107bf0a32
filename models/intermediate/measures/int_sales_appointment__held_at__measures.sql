-- generated from definitions/object_models/sales_appointment.yml; do not edit
-- every aggregate KPIs read from SALES_APPOINTMENT by held_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_appointment') }}
    where held_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'held_at') }} as _period_week,
        {{ period_start('month', 'held_at') }} as _period_month,
        {{ period_start('quarter', 'held_at') }} as _period_quarter,
        {{ period_start('year', 'held_at') }} as _period_year,
        cast(booking_channel as {{ dbt.type_string() }}) as _dim_channel,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
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
        _dim_channel,
        _dim_lead_source,
        _dim_sales_rep,
        _dim_sales_team,
        _dim_territory,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_channel) as _grouping_dim_channel,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        grouping(_dim_territory) as _grouping_dim_territory,
        cast(count(case when status = 'held' and rep_role = 'field_ae' then 1 end) as {{ type_double() }}) as count_rows__status_held_and_rep_role_field_ae,
        cast(count(case when status = 'held' and booked_by_rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_booked_by_rep_role_in_sdr_bdr,
        cast(count(case when status = 'held' and opportunity_created = true and booked_by_rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_opportunity_created_tru_4333922f,
        cast(count(case when status = 'held' and is_qualified = true and booked_by_rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_is_qualified_true_and_b_4c6ed561
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_channel),
        (_period_week, _dim_lead_source),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_week, _dim_territory),
        (_period_month),
        (_period_month, _dim_channel),
        (_period_month, _dim_lead_source),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_month, _dim_territory),
        (_period_quarter),
        (_period_quarter, _dim_channel),
        (_period_quarter, _dim_lead_source),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_quarter, _dim_territory),
        (_period_year),
        (_period_year, _dim_channel),
        (_period_year, _dim_lead_source),
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
            when _grouping_dim_channel = 0 then 'CHANNEL'
            when _grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when _grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_channel = 0 then coalesce(_dim_channel, 'unknown')
            when _grouping_dim_lead_source = 0 then coalesce(_dim_lead_source, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            when _grouping_dim_territory = 0 then coalesce(_dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__status_held_and_rep_role_field_ae,
        count_rows__status_held_and_booked_by_rep_role_in_sdr_bdr,
        count_rows__status_held_and_opportunity_created_tru_4333922f,
        count_rows__status_held_and_is_qualified_true_and_b_4c6ed561
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
