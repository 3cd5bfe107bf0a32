-- generated from definitions/kpis/sales_cycle_time_reduction_rate.yml; do not edit
-- Sales Cycle Time Reduction Rate: (SALES_CYCLE_LENGTH previous period − SALES_CYCLE_LENGTH this period) ÷ SALES_CYCLE_LENGTH previous period, i.e. −SALES_CYCLE_LENGTH_GROWTH

with change as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as change
    from {{ ref('kpi_sales_cycle_length_growth') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from change

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        change.change
    from input_keys
    left join change using (grain, period_start, dimension, dimension_value)

)

select
    'SALES_CYCLE_TIME_REDUCTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(0 - change as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
