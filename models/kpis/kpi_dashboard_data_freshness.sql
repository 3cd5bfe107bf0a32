-- generated from definitions/kpis/dashboard_data_freshness.yml; do not edit
-- Sales Dashboard Data Freshness (hours): mean of data_freshness_hours over the dashboard-day usage records of the period (by usage_date), every dashboard; records without a freshness figure excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_data_freshness_hours__data_freshness_hours_is_not_null as measure
    from {{ ref('int_sales_dashboard__usage_date__measures') }}
    where dimension in ('overall', 'SALES_TEAM')

)

select
    'DASHBOARD_DATA_FRESHNESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
