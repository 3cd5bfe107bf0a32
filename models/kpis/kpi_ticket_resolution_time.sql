-- generated from definitions/kpis/ticket_resolution_time.yml; do not edit
-- Ticket Resolution Time: mean of hours_between(opened_at, resolved_at) over support tickets opened in the period that have been resolved (SOMA Ticket Resolution Time; calendar hours; a reopened ticket counts to its last resolution)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_opened_at_resolved_at__resolved_a_53bc5519 as measure
    from {{ ref('int_support_ticket__opened_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

)

select
    'TICKET_RESOLUTION_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
