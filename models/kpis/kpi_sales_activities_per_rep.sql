-- generated from definitions/kpis/sales_activities_per_rep.yml; do not edit
-- Sales Activities per Rep: mean over sales reps with at least one manual activity in the period of their sales activities with is_automated = false and outcome not in (no_show, cancelled), by occurred_at; the seed's "activities completed ÷ sales reps" with automated sequence touches and meetings that did not happen left out

with activities as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__is_automated_false_and_outcome_is_null_55a0aa72 as activities
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from activities

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(activities.activities, 0) as activities
    from entities
    left join activities using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        activities as value
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
    where value is not null and activities > 0
    group by grain, period_start

)

select
    'SALES_ACTIVITIES_PER_REP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
