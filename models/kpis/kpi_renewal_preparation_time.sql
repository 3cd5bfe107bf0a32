-- generated from definitions/kpis/renewal_preparation_time.yml; do not edit
-- Renewal Preparation Time: mean days_between(opened_at, closed_at) of renewals decided in the period (outcome not pending, by closed_at); the seed's "time spent on renewal preparation" measured as elapsed working window, as effort hours are not recorded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_opened_at_closed_at__outcome_ne_pe_30566822 as measure
    from {{ ref('int_renewal__closed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

)

select
    'RENEWAL_PREPARATION_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
