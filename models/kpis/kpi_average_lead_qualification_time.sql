-- generated from definitions/kpis/average_lead_qualification_time.yml; do not edit
-- Average Lead Qualification Time: mean of hours_between(lead_created_at, qualified_at) over lead qualification decisions with result = sql (by qualified_at); decisions without a lead creation time excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_lead_created_at_qualified_at__res_de6bec69 as measure
    from {{ ref('int_lead_qualification__qualified_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM')

)

select
    'AVERAGE_LEAD_QUALIFICATION_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
