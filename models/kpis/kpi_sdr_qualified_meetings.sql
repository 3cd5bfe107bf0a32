-- generated from definitions/kpis/sdr_qualified_meetings.yml; do not edit
-- SDR Qualified Meetings: count of sales appointments with booked_by_rep_role in (sdr, bdr), status = held and is_qualified = true, by held_at (SOMA Qualified Meetings: booked meetings completed in the period that met the AE qualification standard)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_is_qualified_true_and_b_4c6ed561 as measure
    from {{ ref('int_sales_appointment__held_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'SDR_QUALIFIED_MEETINGS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
