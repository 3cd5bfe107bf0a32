-- generated from definitions/kpis/annual_contract_value_acv.yml; do not edit
-- Average Annual Contract Value (ACV): mean annual_contract_value (recurring fees per contract year, one-time fees excluded) of contracts signed in the period, by signed_at; the seed's "total contract value ÷ contract years" is what annual_contract_value records per contract, without the one-time fees that TCV includes

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_annual_contract_value__signed_at_is_not_null as measure
    from {{ ref('int_contract__signed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'ANNUAL_CONTRACT_VALUE_ACV' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
