-- generated from definitions/kpis/enablement_feedback_response_time.yml; do not edit
-- Sales Enablement Feedback Response Time: mean of hours_between(submitted_at, responded_at) over enablement feedback responded to in the period (by responded_at)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_hours_between_submitted_at_responded_at__respon_3b4ca927 as measure
    from {{ ref('int_enablement_feedback__responded_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

)

select
    'ENABLEMENT_FEEDBACK_RESPONSE_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
