-- generated from definitions/kpis/time_between_purchases.yml; do not edit
-- Time Between Purchases (days): mean of days_since_previous_deal over deals booked in the period (by booked_at) that have a previous deal of the same customer (a customer's first deal excluded); every deal type (new business, expansion, renewal) is a purchase

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_since_previous_deal__days_since_previous_d_7b37ce63 as measure
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'TIME_BETWEEN_PURCHASES' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
