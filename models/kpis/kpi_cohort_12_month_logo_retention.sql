-- generated from definitions/kpis/cohort_12_month_logo_retention.yml; do not edit
-- Customer Cohort Retention Rate (month 12): Σ customer_cohort.customers_active ÷ Σ customer_cohort.customers_at_start over cohort rows with months_since_start = 12 (the row measuring the cohort's twelfth month), by cohort_month (the acquisition month); a period has a value once its cohorts are 12 months old

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_customers_active__months_since_start_12 as numerator
    from {{ ref('int_customer_cohort__cohort_month__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_customers_at_start__months_since_start_12 as denominator
    from {{ ref('int_customer_cohort__cohort_month__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PRODUCT', 'SEGMENT')

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
    'COHORT_12_MONTH_LOGO_RETENTION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
