-- generated from definitions/kpis/sales_workflow_sla_compliance_rate.yml; do not edit
-- Sales Workflow SLA Compliance Rate: workflow steps with an SLA (sla_hours > 0) that finished in the period (completed_at, status completed or failed) and were not breached (sla_breached = false) ÷ workflow steps with an SLA finished in the period, by completed_at; every workflow type

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__sla_hours_gt_0_and_status_in_completed_393edb7e as numerator
    from {{ ref('int_sales_process_workflow__completed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__sla_hours_gt_0_and_status_in_completed_failed as denominator
    from {{ ref('int_sales_process_workflow__completed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'SALES_WORKFLOW_SLA_COMPLIANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
