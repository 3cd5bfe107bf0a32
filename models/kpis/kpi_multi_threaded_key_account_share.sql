-- generated from definitions/kpis/multi_threaded_key_account_share.yml; do not edit
-- Multi-Threaded Key Account Share: account-months with stakeholders_engaged ≥ 3 ÷ account-months, over account-penetration rows by period_end_date (mean of the indicator); house threshold of three stakeholders

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_case_when_stakeholders_engaged_gte_3_then_1_0_e_40d2db6e as measure
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

)

select
    'MULTI_THREADED_KEY_ACCOUNT_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
