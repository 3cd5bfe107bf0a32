-- generated from definitions/kpis/average_products_per_key_account.yml; do not edit
-- Average Products per Key Account: mean products_owned over account-penetration rows by period_end_date (one row per key account and month, so coarser grains average the account-months)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_products_owned as measure
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'AVERAGE_PRODUCTS_PER_KEY_ACCOUNT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
