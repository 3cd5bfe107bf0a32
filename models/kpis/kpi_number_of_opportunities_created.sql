-- generated from definitions/kpis/number_of_opportunities_created.yml; do not edit
-- Leads Converted to Opportunities: count of leads with converted_at in the period (by converted_at); the seed's count of leads converted to opportunities (opportunities created without a lead are in NEW_BUSINESS_OPPORTUNITIES_CREATED)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__converted_at_is_not_null as measure
    from {{ ref('int_lead__converted_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'NUMBER_OF_OPPORTUNITIES_CREATED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
