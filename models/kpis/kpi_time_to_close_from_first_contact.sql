-- generated from definitions/kpis/time_to_close_from_first_contact.yml; do not edit
-- Time to Close from First Contact: mean of days_between(first_contact_at, closed_at) over opportunities with stage = closed_won and a recorded first contact, by close date; first contact = the first logged touch with the buyer that led to the opportunity (metrickit's first touch → close, unlike SALES_CYCLE_LENGTH's created → won)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_first_contact_at_closed_at__stage_77b8ee71 as measure
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'TIME_TO_CLOSE_FROM_FIRST_CONTACT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
