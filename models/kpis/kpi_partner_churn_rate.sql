-- generated from definitions/kpis/partner_churn_rate.yml; do not edit
-- Partner Churn Rate: partners in the programme at period start (recruited, not terminated) that are terminated at period end ÷ partners in the programme at period start (period-start denominator, gaspwiki) = 1 − PARTNER_RETENTION_RATE

with retention as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as retention
    from {{ ref('kpi_partner_retention_rate') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from retention

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        retention.retention
    from input_keys
    left join retention using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_CHURN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(1 - retention as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
