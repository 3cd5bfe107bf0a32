-- generated from definitions/kpis/slipped_pipeline_value.yml; do not edit
-- Slipped Pipeline Value: Σ slipped_amount of the first (week-1) rep-level bookings forecast submissions of each monthly forecast period (commit row, one per submission), by forecast period start; annual contract value; periods count once they have ended; coarser grains add the months up, no week value (SOMA slipped pipeline)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_slipped_amount__is_first_of_period_true_and_for_4f770939 as measure
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from measure

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

with_zeros as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        measure
    from measure

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as measure
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain

),

filled as (

    -- a period without events counts 0
    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum(measure) as measure
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'SLIPPED_PIPELINE_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
where grain in ('month', 'quarter', 'year')
