-- generated from definitions/kpis/talk_time_per_rep_per_day.yml; do not edit
-- Talk Time per Rep per Day: mean over sales reps with at least one call in the period of (Σ talk_time_seconds ÷ 60 of their calls by dialed_at ÷ working days in the period); talk time is 0 for calls that did not connect (SOMA AE Talk Time, per rep and day)

with talk_seconds as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        sum_coalesce_talk_time_seconds_0 as talk_seconds
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

calls as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows as calls
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from talk_seconds

    union

    select
        grain,
        period_start,
        entity_value
    from calls

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(talk_seconds.talk_seconds, 0) as talk_seconds,
        coalesce(calls.calls, 0) as calls,
        periods.days_in_period,
        periods.working_days_in_period
    from entities
    left join talk_seconds using (grain, period_start, entity_value)
    left join calls using (grain, period_start, entity_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

),

valued as (

    select
        *,
        cast(talk_seconds as {{ type_double() }}) / nullif(60.0, 0) / nullif(working_days_in_period, 0) as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        avg(value) as aggregated_value
    from valued
    where value is not null and calls > 0
    group by grain, period_start

)

select
    'TALK_TIME_PER_REP_PER_DAY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
