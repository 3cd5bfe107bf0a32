-- generated from definitions/kpis/number_of_customer_visits.yml; do not edit
-- Number of Customer Visits: count of field visits with status = completed, by visit_date; the seed's "sum of all customer visits" made precise as completed visits

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_completed as measure
    from {{ ref('int_field_visit__visit_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'NUMBER_OF_CUSTOMER_VISITS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
