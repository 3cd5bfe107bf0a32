-- generated from definitions/kpis/channel_partner_acquisition_cost.yml; do not edit
-- Channel Partner Acquisition Cost: Σ recruitment_cost (recruitment campaign, onboarding enablement, legal set-up) of partners recruited in the period ÷ number of those partners, by recruited_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_recruitment_cost as measure
    from {{ ref('int_channel_partner__recruited_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'CHANNEL_PARTNER_ACQUISITION_COST' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
