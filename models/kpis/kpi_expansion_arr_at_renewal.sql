-- generated from definitions/kpis/expansion_arr_at_renewal.yml; do not edit
-- Expansion ARR at Renewal: Σ (renewal.renewed_arr − renewal.previous_arr) of renewals with outcome = upgraded, by signature date (renewed_at)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_renewed_arr_previous_arr__outcome_upgraded as measure
    from {{ ref('int_renewal__renewed_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT')

)

select
    'EXPANSION_ARR_AT_RENEWAL' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
