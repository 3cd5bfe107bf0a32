-- generated from definitions/kpis/follow_up_speed.yml; do not edit
-- Follow-up Speed (median hours): median of hours_between(first_contacted_at, first_follow_up_at) over leads whose first follow-up (second outreach touch) happened in the period, by first_follow_up_at; the seed's time from initial contact to follow-up, made precise as first touch → second touch

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        median_hours_between_first_contacted_at_first_follo_ec058c1e as measure
    from {{ ref('int_lead__first_follow_up_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'FOLLOW_UP_SPEED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
