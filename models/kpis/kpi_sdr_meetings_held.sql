-- generated from definitions/kpis/sdr_meetings_held.yml; do not edit
-- SDR Meetings Held: count of sales appointments with booked_by_rep_role in (sdr, bdr) and status = held, by held_at; the SALES_REP and SALES_TEAM slices are the account executive holding the meeting

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_booked_by_rep_role_in_sdr_bdr as measure
    from {{ ref('int_sales_appointment__held_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'SDR_MEETINGS_HELD' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
