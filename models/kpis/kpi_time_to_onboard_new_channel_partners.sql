-- generated from definitions/kpis/time_to_onboard_new_channel_partners.yml; do not edit
-- Time to Onboard New Channel Partners: mean of days_between(recruited_at, activated_at) over partners activated (first closed deal) in the period, by activated_at; recruited_at is the sign-up to the programme, which the first partner agreement follows within weeks, so the seed's "from partner agreement" is measured from sign-up

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_recruited_at_activated_at as measure
    from {{ ref('int_channel_partner__activated_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'TIME_TO_ONBOARD_NEW_CHANNEL_PARTNERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
