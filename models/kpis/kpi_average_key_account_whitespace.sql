-- generated from definitions/kpis/average_key_account_whitespace.yml; do not edit
-- Average Whitespace per Key Account: mean whitespace_value (total_spend_potential − revenue_captured, floored at 0) over account-penetration rows by period_end_date (revoptima "White Space" = potential − current revenue); an average per account-month, so it does not add up across months

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_whitespace_value as measure
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'AVERAGE_KEY_ACCOUNT_WHITESPACE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
