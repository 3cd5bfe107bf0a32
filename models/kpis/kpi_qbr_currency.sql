-- generated from definitions/kpis/qbr_currency.yml; do not edit
-- QBR Currency: CUSTOMERS_WITH_CURRENT_QBR (customers with a held review whose held_at lies in the 120 days before period end) ÷ ACTIVE_CUSTOMERS (customers with a subscription in force at period end); house definition, no authoritative published formula; can exceed 1 on a slice whose reviewed customers have since churned

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_customers_with_current_qbr') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'CSM', 'SEGMENT')

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
        numerator.numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'QBR_CURRENCY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
