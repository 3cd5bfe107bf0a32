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

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from snapshot

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

with_zeros as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        snapshot
    from snapshot

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as snapshot
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain

),

filled as (

    -- a period without events counts 0
    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum(snapshot) as snapshot
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'NUMBER_OF_ACTIVE_PROSPECTS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
