-- generated from definitions/kpis/training_feedback_responsiveness.yml; do not edit
-- Training Feedback Responsiveness: mean of days_between(submitted_at, change_implemented_at) over training feedback (item_type = training) with a change implemented, by implementation date (change_implemented_at); feedback that led to no change is not counted

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_submitted_at_change_implemented_at_368ee5be as measure
    from {{ ref('int_enablement_feedback__change_implemented_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'TRAINING_FEEDBACK_RESPONSIVENESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
