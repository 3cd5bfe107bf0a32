-- generated from definitions/kpis/sales_cycle_length.yml; do not edit
-- Sales Cycle Length: mean of days_between(created_at, closed_at) over opportunities with stage = closed_won, by close date

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_created_at_closed_at__stage_closed_won as measure
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'SALES_CYCLE_LENGTH' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
