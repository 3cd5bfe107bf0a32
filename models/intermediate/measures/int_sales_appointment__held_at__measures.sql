-- generated from definitions/object_models/sales_appointment.yml; do not edit
-- every aggregate KPIs read from SALES_APPOINTMENT by held_at: one scan, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_sales_appointment') }}
    where held_at is not null

),

bucketed as (

    select
        *,
        {{ period_start('week', 'held_at') }} as period_week,
        {{ period_start('month', 'held_at') }} as period_month,
        {{ period_start('quarter', 'held_at') }} as period_quarter,
        {{ period_start('year', 'held_at') }} as period_year,
        cast(booking_channel as {{ dbt.type_string() }}) as dim_channel,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
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
        dim_channel,
        dim_lead_source,
        dim_sales_rep,
        dim_sales_team,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_channel) as grouping_dim_channel,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_territory) as grouping_dim_territory,
        cast(count(case when status = 'held' and rep_role = 'field_ae' then 1 end) as {{ type_double() }}) as count_rows__status_held_and_rep_role_field_ae,
        cast(count(case when status = 'held' and booked_by_rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_booked_by_rep_role_in_sdr_bdr,
        cast(count(case when status = 'held' and opportunity_created = true and booked_by_rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_opportunity_created_tru_4333922f,
        cast(count(case when status = 'held' and is_qualified = true and booked_by_rep_role in ('sdr', 'bdr') then 1 end) as {{ type_double() }}) as count_rows__status_held_and_is_qualified_true_and_b_4c6ed561
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_channel),
        (period_week, dim_lead_source),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_channel),
        (period_month, dim_lead_source),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_channel),
        (period_quarter, dim_lead_source),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_channel),
        (period_year, dim_lead_source),
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
            when grouping_dim_channel = 0 then 'CHANNEL'
            when grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_channel = 0 then coalesce(dim_channel, 'unknown')
            when grouping_dim_lead_source = 0 then coalesce(dim_lead_source, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
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
