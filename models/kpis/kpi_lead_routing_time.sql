-- generated from definitions/kpis/lead_routing_time.yml; do not edit
-- Lead Routing Time (median minutes): median of minutes_between(created_at, assigned_at) over leads with assigned_at in the period (by assigned_at), every source, rule-based and manual assignments together; unassigned leads excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        median_minutes_between_created_at_assigned_at__assi_49105e65 as measure
    from {{ ref('int_lead__assigned_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'LEAD_ROUTING_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
