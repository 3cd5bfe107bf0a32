-- generated from definitions/kpis/sdr_sourced_pipeline.yml; do not edit
-- SDR-Sourced Pipeline: Σ amount of opportunities with opportunity_type = new_business and source = sdr_sourced, by creation date

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__opportunity_type_new_business_and_sourc_2c840b6e as measure
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'SDR_SOURCED_PIPELINE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
