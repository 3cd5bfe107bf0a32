-- generated from definitions/kpis/sales_coverage_ratio.yml; do not edit
-- Sales Coverage Ratio (customers per seller): active customers at period end (ACTIVE_CUSTOMERS) ÷ sales headcount at period end (ACTIVE_SALES_REPS); the seed's reps ÷ accounts is stated the other way round (customers per seller) so the ratio reads as a coverage load; at the SEGMENT slice, the customers of a segment per seller assigned to that segment

with customers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as customers
    from {{ ref('kpi_active_customers') }}
    where dimension in ('overall', 'SEGMENT')

),

headcount as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as headcount
    from {{ ref('kpi_active_sales_reps') }}
    where dimension in ('overall', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from customers

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from headcount

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        customers.customers,
        headcount.headcount
    from input_keys
    left join customers using (grain, period_start, dimension, dimension_value)
    left join headcount using (grain, period_start, dimension, dimension_value)

)

select
    'SALES_COVERAGE_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(customers as {{ type_double() }}) / nullif(headcount, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
