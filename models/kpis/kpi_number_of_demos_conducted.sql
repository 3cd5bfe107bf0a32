-- generated from definitions/kpis/number_of_demos_conducted.yml; do not edit
-- Demos Conducted: count of demos with status = completed, by held_at (no-shows, cancellations and still-scheduled demos excluded)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_completed as measure
    from {{ ref('int_demo__held_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'NUMBER_OF_DEMOS_CONDUCTED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
