-- generated from definitions/kpis/partner_influence_on_customer_retention.yml; do not edit
-- Partner Influence on Customer Retention: PARTNER_SOURCED_CUSTOMER_RETENTION_RATE ÷ CUSTOMER_RETENTION_RATE, same period (fixed period-start cohorts); the seed's × 100 is kept as a ratio, above 1 means partner customers are retained better

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as numerator
    from {{ ref('kpi_partner_sourced_customer_retention_rate') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_customer_retention_rate') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

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
    'PARTNER_INFLUENCE_ON_CUSTOMER_RETENTION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
