-- generated from definitions/kpis/sdr_qualified_pipeline.yml; do not edit
-- SDR-Qualified Pipeline: Σ opportunity_amount of lead qualifications with an opportunity (opportunity_id not empty), by opportunity_created_at; credits the qualifying SDR (SALES_REP slice); SDR_SOURCED_PIPELINE counts only leads the SDRs sourced themselves

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_opportunity_amount__opportunity_id_is_not_null as measure
    from {{ ref('int_lead_qualification__opportunity_created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM')

)

select
    'SDR_QUALIFIED_PIPELINE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
