-- generated from definitions/kpis/executive_engagement_rate.yml; do not edit
-- Key Account Executive Engagement Rate: account-months with executive_engaged = true ÷ account-months, over account-penetration rows by period_end_date (mean of the indicator)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_case_when_executive_engaged_then_1_0_else_0_0_end as measure
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'EXECUTIVE_ENGAGEMENT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
