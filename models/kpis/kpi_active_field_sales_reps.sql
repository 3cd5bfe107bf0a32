-- generated from definitions/kpis/active_field_sales_reps.yml; do not edit
-- Active Field Sales Reps: count of sales representatives with role = field_ae whose employment interval covers the period end (hire_date < period end and termination_date empty or ≥ period end); ramping reps included

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__role_field_ae as snapshot
    from {{ ref('int_sales_representative__hire_date__snapshots') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'ACTIVE_FIELD_SALES_REPS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
