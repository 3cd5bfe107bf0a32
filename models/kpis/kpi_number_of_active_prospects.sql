-- generated from definitions/kpis/number_of_active_prospects.yml; do not edit
-- Active Prospects: count of prospect engagements whose interval [enrolled_at, exited_at) covers the period end (snapshot); the seed's prospects currently in the pipeline, made precise as prospects in an active outreach enrolment

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_prospect_engagement__enrolled_at__snapshots') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM')

)

select
    'NUMBER_OF_ACTIVE_PROSPECTS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
