-- generated from definitions/kpis/number_of_leads_generated.yml; do not edit
-- New Leads: count of leads with is_duplicate not true, by created_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__coalesce_is_duplicate_false_false as measure
    from {{ ref('int_lead__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'NUMBER_OF_LEADS_GENERATED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
