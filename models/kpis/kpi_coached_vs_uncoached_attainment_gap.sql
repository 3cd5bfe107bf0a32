-- generated from definitions/kpis/coached_vs_uncoached_attainment_gap.yml; do not edit
-- Coached vs Uncoached Quota Attainment Gap: over the reps with a monthly rep scorecard (PERFORMANCE_SCORECARD subject_type = sales_rep, period_type = month, by period_start) in the period, each rep's attainment = mean quota_attainment of those scorecards; group = the reps with a held coaching session (SALES_COACHING_SESSION status = held) with held_at on or before the period's last day, rest = the other reps; mean attainment of the group − mean attainment of the rest; a period is reported where both groups have a rep

with attainment as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        avg_quota_attainment__subject_type_sales_rep_and_pe_d25e3775 as attainment
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from attainment

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        attainment.attainment
    from entities
    left join attainment using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        attainment as value
    from per_entity

),

group_events as (

    select
        cast(sales_rep_id as {{ dbt.type_string() }}) as entity_value,
        held_at as group_at
    from {{ ref('stg_sales_coaching_session') }}
    where held_at is not null
        and sales_rep_id is not null
        and status = 'held'

),

members as (

    -- the entities with a group event on or before the period's last day
    select distinct
        valued.grain,
        valued.period_start,
        valued.entity_value
    from valued
    inner join {{ ref('int_kpi_periods') }} as periods
        on valued.grain = periods.grain
        and valued.period_start = periods.period_start
    inner join group_events
        on valued.entity_value = group_events.entity_value
        and periods.period_end > group_events.group_at

),

grouped as (

    select
        valued.*,
        case when members.entity_value is not null then 1 else 0 end as in_group
    from valued
    left join members
        on valued.grain = members.grain
        and valued.period_start = members.period_start
        and valued.entity_value = members.entity_value

),

by_group as (

    select
        grain,
        period_start,
        in_group,
        avg(value) as group_aggregate,
        cast(count(*) as {{ type_double() }}) as group_entities
    from grouped
    where value is not null
    group by grain, period_start, in_group

),

across_entities as (

    -- a period is compared where both the group and the rest have entities
    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        max(case when in_group = 1 then group_aggregate end) as group_value,
        max(case when in_group = 0 then group_aggregate end) as rest_value,
        max(case when in_group = 1 then group_entities end) as group_entities
    from by_group
    group by grain, period_start
    having count(*) = 2

)

select
    'COACHED_VS_UNCOACHED_ATTAINMENT_GAP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(group_value - rest_value as {{ type_double() }}) as value,
    cast(group_value as {{ type_double() }}) as numerator,
    cast(rest_value as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
where grain in ('month', 'quarter', 'year')
