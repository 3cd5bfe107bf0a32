-- generated from definitions/kpis/key_account_revenue.yml; do not edit
-- Key Account Revenue: Σ revenue.amount (net of discounts, recurring and non-recurring) of revenue lines with is_key_account = true, by recognized_date

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__is_key_account_true as measure
    from {{ ref('int_revenue__recognized_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'KEY_ACCOUNT_REVENUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
