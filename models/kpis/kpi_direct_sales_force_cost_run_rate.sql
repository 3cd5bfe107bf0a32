-- generated from definitions/kpis/direct_sales_force_cost_run_rate.yml; do not edit
-- Direct Sales Force Cost Run Rate (annualised): Σ annual_fully_loaded_cost of sales representatives with role other than channel_manager whose employment interval covers the period end (hire_date < period end and termination_date empty or ≥ period end); an annual rate, not the cost incurred in the period

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_annual_fully_loaded_cost__role_ne_channel_manager as snapshot
    from {{ ref('int_sales_representative__hire_date__snapshots') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'DIRECT_SALES_FORCE_COST_RUN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
