-- generated from definitions/kpis/new_logo_arr.yml; do not edit
-- New-Logo ARR Added: Σ arr_amount of deals with is_new_logo = true, by booking date

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr_amount__is_new_logo_true as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'NEW_LOGO_ARR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
