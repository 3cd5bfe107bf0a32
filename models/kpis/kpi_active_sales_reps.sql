-- generated from definitions/kpis/active_sales_reps.yml; do not edit
-- Active Sales Reps (Headcount): count of sales representatives with hire_date before period end and no termination_date on or before it (snapshot of the employment interval [hire_date, termination_date) at period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_sales_representative__hire_date__snapshots') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'ACTIVE_SALES_REPS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
