-- generated from definitions/kpis/knowledge_base_deflection_rate.yml; do not edit
-- Knowledge Base Deflection Rate: successful self-service sessions (support interactions with interaction_type = knowledge_base_session and is_resolving = true, by occurred_at) ÷ (those sessions + support tickets opened in the period, by opened_at)

with deflected as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__interaction_type_knowledge_base_session_b19e82c0 as deflected
    from {{ ref('int_support_interaction__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM')

),

tickets as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as tickets
    from {{ ref('int_support_ticket__opened_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from deflected

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from tickets

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(deflected.deflected, 0) as deflected,
        coalesce(tickets.tickets, 0) as tickets
    from input_keys
    left join deflected using (grain, period_start, dimension, dimension_value)
    left join tickets using (grain, period_start, dimension, dimension_value)

)

select
    'KNOWLEDGE_BASE_DEFLECTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(deflected as {{ type_double() }}) / nullif((deflected + tickets), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
