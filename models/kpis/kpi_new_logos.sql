-- generated from definitions/kpis/new_logos.yml; do not edit
-- New Logos: count of customers whose customer_since_date (start of the first subscription or contract) falls in the period

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as measure
    from {{ ref('int_customer__customer_since_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

)

select
    'NEW_LOGOS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
