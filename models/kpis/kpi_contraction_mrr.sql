-- generated from definitions/kpis/contraction_mrr.yml; do not edit
-- Contraction MRR: Σ churn_event.mrr_lost of churn events with outcome = churned and churn_scope = partial, by the date the reduction took effect (churned_at)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_mrr_lost__outcome_churned_and_churn_scope_partial as measure
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from measure

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
        measure
    from measure

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as measure
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
        sum(measure) as measure
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'CONTRACTION_MRR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
