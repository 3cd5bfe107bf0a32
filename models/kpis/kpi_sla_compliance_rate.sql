-- generated from definitions/kpis/sla_compliance_rate.yml; do not edit
-- SLA Compliance Rate: tickets with an SLA (sla_id set) resolved in the period with is_sla_breached = false ÷ tickets with an SLA resolved in the period, by resolved_at

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__sla_id_is_not_null_and_is_sla_breached_false as numerator
    from {{ ref('int_support_ticket__resolved_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__sla_id_is_not_null as denominator
    from {{ ref('int_support_ticket__resolved_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

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
    'SLA_COMPLIANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
