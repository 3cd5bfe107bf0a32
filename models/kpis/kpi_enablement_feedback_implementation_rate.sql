-- generated from definitions/kpis/enablement_feedback_implementation_rate.yml; do not edit
-- Enablement Feedback Implementation Rate (90 days): enablement feedback responses with is_suggestion = true submitted in the period (by submitted_at) whose implemented_at falls within 90 days ÷ suggestions submitted in the period; a month is reported once its 90 days have passed

with base_events as (

    select
        enablement_feedback_id as base_key,
        enablement_feedback_id as entity_key,
        submitted_at as base_at,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team
    from {{ ref('stg_enablement_feedback') }}
    where submitted_at is not null
        and enablement_feedback_id is not null
        and is_suggestion = true

),

conversion_events as (

    select
        enablement_feedback_id as entity_key,
        implemented_at as converted_at
    from {{ ref('stg_enablement_feedback') }}
    where implemented_at is not null
        and enablement_feedback_id is not null
        and implemented_at is not null

),

matched as (

    -- converted: a conversion event of the same entity within 90 days of the base event
    select
        base_events.base_key,
        max(case when conversion_events.entity_key is not null then 1 else 0 end) as converted
    from base_events
    left join conversion_events
        on base_events.entity_key = conversion_events.entity_key
        and base_events.base_at <= conversion_events.converted_at
        and {{ dbt.dateadd('day', 90, 'base_events.base_at') }} >= conversion_events.converted_at
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
        _dim_product,
        _dim_sales_rep,
        _dim_sales_team,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(count(*) as {{ type_double() }}) as base_count,
        cast(sum(converted) as {{ type_double() }}) as converted_count
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_product),
        (_period_week, _dim_sales_rep),
        (_period_week, _dim_sales_team),
        (_period_month),
        (_period_month, _dim_product),
        (_period_month, _dim_sales_rep),
        (_period_month, _dim_sales_team),
        (_period_quarter),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_sales_rep),
        (_period_quarter, _dim_sales_team),
        (_period_year),
        (_period_year, _dim_product),
        (_period_year, _dim_sales_rep),
        (_period_year, _dim_sales_team)
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
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        base_count,
        converted_count
    from aggregated

),

in_calendar as (

    -- only the periods of the KPI calendar (int_kpi_periods) whose every base event's
    -- 90-day window has ended by the data end: a later period cannot be known yet
    select shaped.*
    from shaped
    inner join {{ ref('int_kpi_periods') }} as periods
        on shaped.grain = periods.grain
        and shaped.period_start = periods.period_start
    where {{ dbt.dateadd('day', 90, 'periods.period_end') }} <= {{ kpi_data_end() }}

)

select
    'ENABLEMENT_FEEDBACK_IMPLEMENTATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(converted_count / nullif(base_count, 0) as {{ type_double() }}) as value,
    cast(converted_count as {{ type_double() }}) as numerator,
    cast(base_count as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from in_calendar
