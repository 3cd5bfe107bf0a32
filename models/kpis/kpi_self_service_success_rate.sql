-- generated from definitions/kpis/self_service_success_rate.yml; do not edit
-- Customer Self-Service Success Rate: support interactions with interaction_type = knowledge_base_session and is_resolving = true ÷ support interactions with interaction_type = knowledge_base_session, both by occurred_at

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__interaction_type_knowledge_base_session_b19e82c0 as numerator
    from {{ ref('int_support_interaction__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__interaction_type_knowledge_base_session as denominator
    from {{ ref('int_support_interaction__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'SELF_SERVICE_SUCCESS_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
