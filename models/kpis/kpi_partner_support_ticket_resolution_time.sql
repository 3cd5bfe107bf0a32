-- generated from definitions/kpis/partner_support_ticket_resolution_time.yml; do not edit
-- Partner Support Ticket Resolution Time: mean of hours_between(opened_at, resolved_at) over support tickets with partner_id set (raised by a channel partner) opened in the period that have been resolved (calendar hours; as TICKET_RESOLUTION_TIME, restricted to partner tickets)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_opened_at_resolved_at__partner_id_0debe30f as measure
    from {{ ref('int_support_ticket__opened_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'PARTNER_SUPPORT_TICKET_RESOLUTION_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
