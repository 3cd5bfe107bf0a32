-- generated from definitions/kpis/strategic_account_contact_frequency.yml; do not edit
-- Key Account Manager Touches per Account: mean over accounts touched in the period of the number of non-automated sales activities of reps in the kam role (rep_role = kam) on the account, by occurred_at (Atrium touches per account: touches ÷ unique accounts touched)

with touches as (

    select
        grain,
        period_start,
        dimension_value as entity_value,
        count_rows__rep_role_kam_and_is_automated_false as touches
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension = 'ACCOUNT' and dimension_value <> 'unknown'

),

entities as (

    select
        grain,
        period_start,
        entity_value
    from touches

),

per_entity as (

    select
        entities.grain,
        entities.period_start,
        entities.entity_value,
        coalesce(touches.touches, 0) as touches
    from entities
    left join touches using (grain, period_start, entity_value)

),

valued as (

    select
        *,
        touches as value
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
    where value is not null and touches > 0
    group by grain, period_start

)

select
    'STRATEGIC_ACCOUNT_CONTACT_FREQUENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(aggregated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from across_entities
