-- generated from definitions/kpis/new_partners_recruited.yml; do not edit
-- New Partners Recruited: count of channel partners by recruited_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as measure
    from {{ ref('int_channel_partner__recruited_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'NEW_PARTNERS_RECRUITED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
