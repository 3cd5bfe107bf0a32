-- generated from definitions/kpis/sales_headcount.yml; do not edit
-- Sales Headcount: count of sales representatives whose employment [hire_date, termination_date) covers the period end (snapshot)

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
    'SALES_HEADCOUNT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
