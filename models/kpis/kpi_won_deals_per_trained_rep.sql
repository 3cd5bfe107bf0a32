-- generated from definitions/kpis/won_deals_per_trained_rep.yml; do not edit
-- Won Deals per Trained Rep: over the reps who closed (closed_at in the period) at least one opportunity owned by them (owner_rep_id), won or lost, each rep's won deals = their closed-won opportunities by closed_at in the period; group = the reps with a completed training program (SALES_TRAINING_PROGRAM participant_type = rep, status = completed) with completed_at on or before the period's last day; mean won deals over the group; a period is reported where the group has a rep; trained reps who closed nothing in the period are not counted

with won as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__stage_closed_won as won
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

closed as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__stage_in_closed_won_closed_lost as closed
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from won

    union

    select
        grain,
        period_start,
        entity_value
    from closed

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(won.won, 0) as won,
        coalesce(closed.closed, 0) as closed
    from entities
    left join won using (grain, period_start, entity_value)
    left join closed using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        case when closed > 0 then coalesce(won, 0) end as value
    from per_entity

),

group_events as (

    select
        cast(sales_rep_id as {{ dbt.type_string() }}) as entity_value,
        completed_at as group_at
    from {{ ref('stg_sales_training_program') }}
    where completed_at is not null
        and sales_rep_id is not null
        and participant_type = 'rep' and status = 'completed'

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

    -- the group's aggregate, for the periods where the group has entities
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
    having max(in_group) = 1

)

select
    'WON_DEALS_PER_TRAINED_REP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(group_value as {{ type_double() }}) as value,
    cast(group_value as {{ type_double() }}) as numerator,
    cast(group_entities as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
