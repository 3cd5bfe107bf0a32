-- generated from definitions/kpis/lead_response_time.yml; do not edit
-- Lead Response Time (median minutes): median of minutes_between(created_at, first_contacted_at) over inbound leads (source in inbound, marketing_campaign; duplicates excluded) created in the period that have been contacted; first_contacted_at is the first non-automated outbound attempt (SOMA Time To Lead Response), median rather than mean (leadsource), calendar minutes from lead arrival

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        median_minutes_between_created_at_first_contacted_a_d0a08cdf as measure
    from {{ ref('int_lead__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'LEAD_RESPONSE_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
