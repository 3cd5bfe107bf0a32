-- generated from definitions/kpis/new_business_acv.yml; do not edit
-- New Business ACV: Σ annual_contract_value of deals with deal_type = new_business, by booking date

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_annual_contract_value__deal_type_new_business as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'NEW_BUSINESS_ACV' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
