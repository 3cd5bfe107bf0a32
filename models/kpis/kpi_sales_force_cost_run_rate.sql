-- generated from definitions/kpis/sales_force_cost_run_rate.yml; do not edit
-- Sales Force Cost Run Rate (annualised): Σ annual_fully_loaded_cost of sales representatives (all roles) whose employment interval covers the period end (hire_date < period end and termination_date empty or ≥ period end); an annual rate, not the cost incurred in the period

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_annual_fully_loaded_cost as snapshot
    from {{ ref('int_sales_representative__hire_date__snapshots') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'SALES_FORCE_COST_RUN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
