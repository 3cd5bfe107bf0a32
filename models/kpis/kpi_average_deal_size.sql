-- generated from definitions/kpis/average_deal_size.yml; do not edit
-- Average Deal Size: Σ booked deal amount ÷ number of deals booked in the period (mean amount of deals by booking date; all deal types)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_amount as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'AVERAGE_DEAL_SIZE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
