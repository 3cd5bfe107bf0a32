-- generated from definitions/kpis/sdr_meetings_booked.yml; do not edit
-- SDR Meetings Booked: count of SDR/BDR sales activities with meeting_booked = true (the touch that booked a sales appointment; one per appointment booked), by occurred_at (booking time); the seed's appointments ÷ time period is this count per period at each grain

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__meeting_booked_true_and_rep_role_in_sdr_bdr as measure
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'SDR_MEETINGS_BOOKED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
