-- generated from definitions/kpis/sales_meeting_conversion_rate.yml; do not edit
-- Sales Meeting Conversion Rate (180 days): appointments with status = held (by held_at) whose opportunity (same opportunity_id) is closed won within 180 days of the meeting ÷ appointments held in the period; meetings without an opportunity count as not converted; cohort basis, so the latest months are still maturing (the seed's sales ÷ meetings made a cohort conversion)

with base_events as (

    select
        sales_appointment_id as base_key,
        opportunity_id as entity_key,
        held_at as base_at,
        cast(booking_channel as {{ dbt.type_string() }}) as _dim_channel,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team,
        cast(territory_id as {{ dbt.type_string() }}) as _dim_territory
    from {{ ref('stg_sales_appointment') }}
    where held_at is not null
        and opportunity_id is not null
        and status = 'held'

),

conversion_events as (

    select
        opportunity_id as entity_key,
        closed_at as converted_at
    from {{ ref('stg_opportunity') }}
    where closed_at is not null
        and opportunity_id is not null
        and stage = 'closed_won'

),

matched as (

    -- converted: a conversion event of the same entity within 180 days of the base event
    select
        base_events.base_key,
        max(case when conversion_events.entity_key is not null then 1 else 0 end) as converted
    from base_events
    left join conversion_events
        on base_events.entity_key = conversion_events.entity_key
        and base_events.base_at <= conversion_events.converted_at
        and {{ dbt.dateadd('day', 180, 'base_events.base_at') }} >= conversion_events.converted_at
        and conversion_events.converted_at < {{ kpi_data_end() }}
    group by base_events.base_key

),

bucketed as (

    select
        base_events.*,
        matched.converted,
        {{ period_start('week', 'base_at') }} as _period_week,
        {{ period_start('month', 'base_at') }} as _period_month,
        {{ period_start('quarter', 'base_at') }} as _period_quarter,
        {{ period_start('year', 'base_at') }} as _period_year
    from base_events
    inner join matched on base_events.base_key = matched.base_key

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
        cast(count(*) as {{ type_double() }}) as base_count,
        cast(sum(converted) as {{ type_double() }}) as converted_count
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
        base_count,
        converted_count
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods) whose every base event's
    -- 180-day window has ended by the data end: a later period cannot be known yet
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start
    where {{ dbt.dateadd('day', 180, 'periods.period_end') }} <= {{ kpi_data_end() }}

)

select
    'SALES_MEETING_CONVERSION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(converted_count / nullif(base_count, 0) as {{ type_double() }}) as value,
    cast(converted_count as {{ type_double() }}) as numerator,
    cast(base_count as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from in_calendar
