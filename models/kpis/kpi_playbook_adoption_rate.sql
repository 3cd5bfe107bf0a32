-- generated from definitions/kpis/playbook_adoption_rate.yml; do not edit
-- Sales Playbook Adoption Rate: per sales rep (SALES_REP) and period: opportunities created (OPPORTUNITY by created_at, owner_rep_id) and playbook applications (SALES_PLAYBOOK by applied_at, sales_rep_id); of the reps who created at least one opportunity in the period, the share who applied a playbook in it (a rep who applied one but opened no opportunity is not in the population)

with opened as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows as opened
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

applied as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows as applied
    from {{ ref('int_sales_playbook__applied_at__measures') }}
    where dimension = 'SALES_REP' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from opened

    union

    select
        grain,
        period_start,
        entity_value
    from applied

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(opened.opened, 0) as opened,
        coalesce(applied.applied, 0) as applied
    from entities
    left join opened using (grain, period_start, entity_value)
    left join applied using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        case when opened > 0 then coalesce(applied, 0) end as value
    from per_entity

),

across_entities as (

    select
        grain,
        period_start,
        'overall' as dimension,
        'all' as dimension_value,
        cast(count(case when value > 0 then 1 end) as {{ type_double() }}) as entities_meeting,
        cast(count(*) as {{ type_double() }}) as entities_measured
    from valued
    where value is not null
    group by grain, period_start

)

select
    'PLAYBOOK_ADOPTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(entities_meeting / nullif(entities_measured, 0) as {{ type_double() }}) as value,
    cast(entities_meeting as {{ type_double() }}) as numerator,
    cast(entities_measured as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
