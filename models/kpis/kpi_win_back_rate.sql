-- generated from definitions/kpis/win_back_rate.yml; do not edit
-- Win-Back Rate (12 months): full churn events (outcome = churned, churn_scope = full) whose won_back_at falls within 365 days of churned_at ÷ full churn events, bucketed by churn date

with base_events as (

    select
        churn_event_id as base_key,
        churn_event_id as entity_key,
        churned_at as base_at,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from {{ ref('stg_churn_event') }}
    where churned_at is not null
        and churn_event_id is not null
        and outcome = 'churned' and churn_scope = 'full'

),

conversion_events as (

    select
        churn_event_id as entity_key,
        won_back_at as converted_at
    from {{ ref('stg_churn_event') }}
    where won_back_at is not null
        and churn_event_id is not null

),

matched as (

    -- converted: a conversion event of the same entity within 365 days of the base event
    select
        base_events.base_key,
        max(case when conversion_events.entity_key is not null then 1 else 0 end) as converted
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
        _dim_csm,
        _dim_product,
        _dim_segment,
        grouping(_period_week) as _grouping_period_week,
        grouping(_period_month) as _grouping_period_month,
        grouping(_period_quarter) as _grouping_period_quarter,
        grouping(_period_year) as _grouping_period_year,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(count(*) as {{ type_double() }}) as base_count,
        cast(sum(converted) as {{ type_double() }}) as converted_count
    from bucketed
    group by grouping sets (
        (_period_week),
        (_period_week, _dim_csm),
        (_period_week, _dim_product),
        (_period_week, _dim_segment),
        (_period_month),
        (_period_month, _dim_csm),
        (_period_month, _dim_product),
        (_period_month, _dim_segment),
        (_period_quarter),
        (_period_quarter, _dim_csm),
        (_period_quarter, _dim_product),
        (_period_quarter, _dim_segment),
        (_period_year),
        (_period_year, _dim_csm),
        (_period_year, _dim_product),
        (_period_year, _dim_segment)
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
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        base_count,
        converted_count
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

)

select
    'WIN_BACK_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(converted_count / nullif(base_count, 0) as {{ type_double() }}) as value,
    cast(converted_count as {{ type_double() }}) as numerator,
    cast(base_count as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from in_calendar
