-- generated from definitions/kpis/logo_churn_rate.yml; do not edit
-- Logo (Customer) Churn Rate: customers active at period start that are no longer customers at period end ÷ customers active at period start (period-start denominator as in Baremetrics/ClientSuccess; customers who join and leave within the period are not counted) = 1 − customer retention rate

with retention as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as retention
    from {{ ref('kpi_customer_retention_rate') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

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
    'LOGO_CHURN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(1 - retention as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
