-- generated from definitions/kpis/partner_geographic_expansion.yml; do not edit
-- Partner Geographic Expansion: count of channel partners recruited in the period (by recruited_at) with is_first_in_country = true (the first of our partners in its country); a geographic market = a country

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_first_in_country_true as measure
    from {{ ref('int_channel_partner__recruited_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'PARTNER_GEOGRAPHIC_EXPANSION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
