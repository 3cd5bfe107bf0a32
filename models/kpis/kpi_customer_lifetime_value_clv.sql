-- generated from definitions/kpis/customer_lifetime_value_clv.yml; do not edit
-- Customer Lifetime Value (CLV): CLV = ARPA × recurring gross margin ÷ monthly logo churn rate (simple, undiscounted SaaS variant of the ChartMogul metrics page: no expansion term, no discount rate). ARPA is monthly, so the period's logo churn rate c is first converted to a monthly rate 1 − (1 − c)^(30.4375 ÷ days in period); at month grain this is ≈ c. Null when no customer churned.

with arpa as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as arpa
    from {{ ref('kpi_average_revenue_per_account_arpa') }}
    where dimension in ('overall', 'PARTNER', 'SEGMENT')

),

gross_margin as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as gross_margin
    from {{ ref('kpi_recurring_gross_margin') }}
    where dimension in ('overall', 'PARTNER', 'SEGMENT')

),

churn_rate as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as churn_rate
    from {{ ref('kpi_logo_churn_rate') }}
    where dimension in ('overall', 'PARTNER', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from arpa

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from gross_margin

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from churn_rate

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        arpa.arpa,
        gross_margin.gross_margin,
        churn_rate.churn_rate,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join arpa using (grain, period_start, dimension, dimension_value)
    left join gross_margin using (grain, period_start, dimension, dimension_value)
    left join churn_rate using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'CUSTOMER_LIFETIME_VALUE_CLV' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(arpa * gross_margin as {{ type_double() }}) / nullif((1 - power(1 - churn_rate, cast(30.4375 as {{ type_double() }}) / nullif(days_in_period, 0))), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
