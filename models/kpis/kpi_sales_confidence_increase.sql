-- generated from definitions/kpis/sales_confidence_increase.yml; do not edit
-- Sales Confidence Increase: (mean confidence_after − mean confidence_before) ÷ mean confidence_before over enablement feedback on trainings (item_type = training) with both ratings, by submitted_at; both are rated by the rep in the post-training survey (retrospective pre/post self-assessment), not in a separate survey before the training

with confidence_after as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_confidence_after__item_type_training_and_confid_285e1e79 as confidence_after
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

confidence_before as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_confidence_before__item_type_training_and_confi_7403258e as confidence_before
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from confidence_after

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from confidence_before

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        confidence_after.confidence_after,
        confidence_before.confidence_before
    from input_keys
    left join confidence_after using (grain, period_start, dimension, dimension_value)
    left join confidence_before using (grain, period_start, dimension, dimension_value)

)

select
    'SALES_CONFIDENCE_INCREASE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast((confidence_after - confidence_before) as {{ type_double() }}) / nullif(confidence_before, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
