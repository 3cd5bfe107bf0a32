-- generated from definitions/kpis/time_to_proficiency.yml; do not edit
-- Time to Proficiency: mean over reps (not sales managers) hired in the period (by hire_date) who passed an assessment (SALES_ASSESSMENT passed = true, any assessment_phase but pre_training) within 365 days of hire of days_between(hire_date, taken_at of that first passed assessment); reps without one within 365 days are left out; a hire month is reported once 365 days after its end have passed

with base_events as (

    select
        sales_rep_id as base_key,
        sales_rep_id as entity_key,
        hire_date as base_at,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as dim_sales_team,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment,
        cast(territory_id as {{ dbt.type_string() }}) as dim_territory
    from {{ ref('stg_sales_representative') }}
    where hire_date is not null
        and sales_rep_id is not null
        and role <> 'sales_manager'

),

conversion_events as (

    select
        sales_rep_id as entity_key,
        taken_at as converted_at
    from {{ ref('stg_sales_assessment') }}
    where taken_at is not null
        and sales_rep_id is not null
        and passed = true and assessment_phase <> 'pre_training'

),

matched as (

    -- converted: a conversion event of the same entity within 365 days of the base event
    select
        base_events.base_key,
        max(case when conversion_events.entity_key is not null then 1 else 0 end) as converted,
        -- first_converted_at: the earliest such event, where the time to convert ends
        min(conversion_events.converted_at) as first_converted_at
    from base_events
    left join conversion_events
        on base_events.entity_key = conversion_events.entity_key
        and base_events.base_at <= conversion_events.converted_at
        and {{ dbt.dateadd('day', 365, 'base_events.base_at') }} >= conversion_events.converted_at
        and conversion_events.converted_at < {{ kpi_data_end() }}
    group by base_events.base_key

),

bucketed as (

    select
        base_events.*,
        matched.converted,
        {{ days_between('base_events.base_at', 'matched.first_converted_at') }} as days_to_convert,
        {{ period_start('week', 'base_at') }} as period_week,
        {{ period_start('month', 'base_at') }} as period_month,
        {{ period_start('quarter', 'base_at') }} as period_quarter,
        {{ period_start('year', 'base_at') }} as period_year
    from base_events
    inner join matched on base_events.base_key = matched.base_key

),

aggregated as (

    select
        period_week,
        period_month,
        period_quarter,
        period_year,
        dim_sales_rep,
        dim_sales_team,
        dim_segment,
        dim_territory,
        grouping(period_week) as grouping_week,
        grouping(period_month) as grouping_month,
        grouping(period_quarter) as grouping_quarter,
        grouping(period_year) as grouping_year,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_sales_team) as grouping_dim_sales_team,
        grouping(dim_segment) as grouping_dim_segment,
        grouping(dim_territory) as grouping_dim_territory,
        cast(sum(converted) as {{ type_double() }}) as converted_count,
        cast(sum(days_to_convert) as {{ type_double() }}) as days_to_convert_total
    from bucketed
    group by grouping sets (
        (period_week),
        (period_week, dim_sales_rep),
        (period_week, dim_sales_team),
        (period_week, dim_segment),
        (period_week, dim_territory),
        (period_month),
        (period_month, dim_sales_rep),
        (period_month, dim_sales_team),
        (period_month, dim_segment),
        (period_month, dim_territory),
        (period_quarter),
        (period_quarter, dim_sales_rep),
        (period_quarter, dim_sales_team),
        (period_quarter, dim_segment),
        (period_quarter, dim_territory),
        (period_year),
        (period_year, dim_sales_rep),
        (period_year, dim_sales_team),
        (period_year, dim_segment),
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
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_sales_team = 0 then 'SALES_TEAM'
            when grouping_dim_segment = 0 then 'SEGMENT'
            when grouping_dim_territory = 0 then 'TERRITORY'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_sales_team = 0 then coalesce(dim_sales_team, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            when grouping_dim_territory = 0 then coalesce(dim_territory, 'unknown')
            else 'all'
        end as dimension_value,
        converted_count,
        days_to_convert_total
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods) whose every base event's
    -- 365-day window has ended by the data end: a later period cannot be known yet
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start
    where {{ dbt.dateadd('day', 365, 'periods.period_end') }} <= {{ kpi_data_end() }}

),

converted_periods as (

    -- the time to convert is measured over the base events that converted: a period none of
    -- whose base events converted has no value
    select *
    from in_calendar
    where converted_count > 0

)

select
    'TIME_TO_PROFICIENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(days_to_convert_total / nullif(converted_count, 0) as {{ type_double() }}) as value,
    cast(days_to_convert_total as {{ type_double() }}) as numerator,
    cast(converted_count as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from converted_periods
