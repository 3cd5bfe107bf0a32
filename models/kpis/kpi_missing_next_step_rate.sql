-- generated from definitions/kpis/missing_next_step_rate.yml; do not edit
-- Missing Next Step Rate: (OPEN_OPPORTUNITIES − OPEN_OPPORTUNITIES_WITH_NEXT_STEP) ÷ OPEN_OPPORTUNITIES at period end, both from the stage-change history (a next step recorded in an earlier stage does not count)

with open_count as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as open_count
    from {{ ref('kpi_open_opportunities') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

with_next_step as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as with_next_step
    from {{ ref('kpi_open_opportunities_with_next_step') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from open_count

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from with_next_step

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        open_count.open_count,
        with_next_step.with_next_step
    from input_keys
    left join open_count using (grain, period_start, dimension, dimension_value)
    left join with_next_step using (grain, period_start, dimension, dimension_value)

)

select
    'MISSING_NEXT_STEP_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((open_count - with_next_step) as {{ type_double() }}) / nullif(open_count, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
