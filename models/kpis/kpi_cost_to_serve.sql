-- generated from definitions/kpis/cost_to_serve.yml; do not edit
-- Cost to Serve per Key Account: Σ cost_to_serve ÷ distinct customers, over customer-profitability rows with is_key_account = true by period_end_date (the analyses cover half-years, so the value sits in the half-year's last month and quarter, and in its year)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_cost_to_serve__is_key_account_true as numerator
    from {{ ref('int_customer_profitability_analysis__period_end_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__is_key_account_true as denominator
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
    'COST_TO_SERVE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
