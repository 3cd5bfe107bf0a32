-- generated from definitions/kpis/sdr_utilization_ratio.yml; do not edit
-- SDR Utilization Ratio: active prospects at period end (NUMBER_OF_ACTIVE_PROSPECTS) ÷ SDRs and BDRs employed at period end (ACTIVE_SDRS) (SOMA SDR Utilization Ratio = open prospects / active SDRs)

with prospects as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as prospects
    from {{ ref('kpi_number_of_active_prospects') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as sdrs
    from {{ ref('kpi_active_sdrs') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from prospects

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from sdrs

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        prospects.prospects,
        sdrs.sdrs
    from input_keys
    left join prospects using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)

)

select
    'SDR_UTILIZATION_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(prospects as {{ type_double() }}) / nullif(sdrs, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
