-- generated from definitions/kpis/sdr_pipeline_per_sdr.yml; do not edit
-- SDR-Qualified Pipeline per SDR: Σ opportunity_amount of lead qualifications with an opportunity, by opportunity_created_at ÷ active SDRs (distinct SDRs/BDRs with at least one logged sales activity in the period)

with pipeline as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_opportunity_amount__opportunity_id_is_not_null as pipeline
    from {{ ref('int_lead_qualification__opportunity_created_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr as sdrs
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from pipeline

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
        coalesce(pipeline.pipeline, 0) as pipeline,
        coalesce(sdrs.sdrs, 0) as sdrs
    from input_keys
    left join pipeline using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)

)

select
    'SDR_PIPELINE_PER_SDR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(pipeline as {{ type_double() }}) / nullif(sdrs, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
