-- generated from definitions/kpis/sdr_touches_before_meeting.yml; do not edit
-- Touches per Lead before Meeting: mean of touches_before_meeting (calls, emails and social touches up to and including the booking touch) over leads whose first meeting was booked in the period, by first_meeting_booked_at; per lead, unlike SDR_TOUCHES_PER_MEETING_BOOKED, which divides all touches of the period (list dials included) by the meetings booked

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_touches_before_meeting as measure
    from {{ ref('int_lead__first_meeting_booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'SDR_TOUCHES_BEFORE_MEETING' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
