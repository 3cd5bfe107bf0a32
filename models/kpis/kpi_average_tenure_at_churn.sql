-- generated from definitions/kpis/average_tenure_at_churn.yml; do not edit
-- Average Customer Tenure at Churn: mean churn_event.tenure_months (whole months from the customer's first subscription start to the churn date) over full churn events (outcome = churned, churn_scope = full), by churned_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_tenure_months__outcome_churned_and_churn_scope_full as measure
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'AVERAGE_TENURE_AT_CHURN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
