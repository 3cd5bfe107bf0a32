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

)

select
    'SDR_MEETINGS_BOOKED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
