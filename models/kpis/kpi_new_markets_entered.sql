-- generated from definitions/kpis/new_markets_entered.yml; do not edit
-- New Markets Entered: count of markets whose entered_date falls in the period

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as measure
    from {{ ref('int_market__entered_date__measures') }}
    where dimension in ('overall', 'MARKET')

)

select
    'NEW_MARKETS_ENTERED' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
