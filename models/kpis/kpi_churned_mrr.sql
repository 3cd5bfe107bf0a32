-- generated from definitions/kpis/churned_mrr.yml; do not edit
-- Churned MRR: Σ churn_event.mrr_lost of churn events with outcome = churned and churn_scope = full, by the date the cancellation took effect (churned_at)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_mrr_lost__outcome_churned_and_churn_scope_full as measure
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'CHURNED_MRR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
