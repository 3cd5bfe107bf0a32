-- generated from definitions/kpis/strategic_initiative_milestone_progress.yml; do not edit
-- Strategic Initiative Progress (milestones): mean of milestones_completed ÷ milestones_total over the initiatives launched before period end and not completed by it (launched_at < period end, completed_at empty or ≥ period end), status not cancelled, with milestones planned; the milestone counts are the latest recorded, so a past period shows the initiatives' current progress

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_milestones_completed_1_0_milestones_total__stat_68680052 as snapshot
    from {{ ref('int_strategic_initiative__launched_at__snapshots') }}
    where dimension in ('overall', 'MARKET', 'PRODUCT', 'SALES_REP', 'SEGMENT')

)

select
    'STRATEGIC_INITIATIVE_MILESTONE_PROGRESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
