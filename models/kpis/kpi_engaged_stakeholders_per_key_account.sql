-- generated from definitions/kpis/engaged_stakeholders_per_key_account.yml; do not edit
-- Engaged Stakeholders per Key Account: mean stakeholders_engaged (distinct stakeholders engaged during the measured month) over account-penetration rows by period_end_date; at quarter or year grain the mean of the account-months

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_stakeholders_engaged as measure
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'ENGAGED_STAKEHOLDERS_PER_KEY_ACCOUNT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
