-- generated from definitions/kpis/customer_lifetime_value_growth.yml; do not edit
-- Customer Lifetime Value Improvement Rate: (CUSTOMER_LIFETIME_VALUE_CLV this period − CUSTOMER_LIFETIME_VALUE_CLV previous period) ÷ CUSTOMER_LIFETIME_VALUE_CLV previous period

with input as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as input
    from {{ ref('kpi_customer_lifetime_value_clv') }}
    where dimension in ('overall', 'PARTNER', 'SEGMENT')

),

period_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from input

    union

    select
        grain,
        {{ shift_period('period_start', 'grain', 1) }} as period_start,
        dimension,
        dimension_value
    from input

),

compared as (

    select
        period_keys.grain,
        period_keys.period_start,
        period_keys.dimension,
        period_keys.dimension_value,
        current_period.input as current_value,
        previous_period.input as previous_value
    from period_keys
    inner join {{ ref('int_kpi_periods') }} as periods
        on period_keys.grain = periods.grain and period_keys.period_start = periods.period_start
    left join input as current_period
        on period_keys.grain = current_period.grain
        and period_keys.period_start = current_period.period_start
        and period_keys.dimension = current_period.dimension
        and period_keys.dimension_value = current_period.dimension_value
    left join input as previous_period
        on period_keys.grain = previous_period.grain
        and {{ shift_period('period_keys.period_start', 'period_keys.grain', -1) }} = previous_period.period_start
        and period_keys.dimension = previous_period.dimension
        and period_keys.dimension_value = previous_period.dimension_value

)

select
    'CUSTOMER_LIFETIME_VALUE_GROWTH' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast((current_value - previous_value) / nullif(previous_value, 0) as {{ type_double() }}) as value,
    cast(current_value - previous_value as {{ type_double() }}) as numerator,
    cast(previous_value as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from compared
