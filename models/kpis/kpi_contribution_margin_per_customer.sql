-- generated from definitions/kpis/contribution_margin_per_customer.yml; do not edit
-- Customer Profitability (contribution margin per customer): Σ customer_profitability_analysis.contribution_margin (revenue − cost of revenue − cost to serve) ÷ distinct customers, both over the profitability rows whose analysed period ends in the period (period_end_date); every customer, key account or not

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_contribution_margin as numerator
    from {{ ref('int_customer_profitability_analysis__period_end_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id as denominator
    from {{ ref('int_customer_profitability_analysis__period_end_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

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
    'CONTRIBUTION_MARGIN_PER_CUSTOMER' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
