-- generated from definitions/kpis/field_sales_weekly_capacity_hours.yml; do not edit
-- Field Sales Weekly Capacity (hours): Σ weekly_working_hours of sales representatives with role = field_ae whose employment interval covers the period end (hire_date < period end and termination_date empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_weekly_working_hours__role_field_ae as snapshot
    from {{ ref('int_sales_representative__hire_date__snapshots') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'FIELD_SALES_WEEKLY_CAPACITY_HOURS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
