-- generated from definitions/kpis/time_to_first_value.yml; do not edit
-- Time to First Value (median): median of days_between(contract_signed_at, first_value_at) over onboardings that reached first value in the period (by first_value_at); calendar days (GitLab/Gainsight TTFV, contextawareanalytics TTV)

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        median_days_between_contract_signed_at_first_value_7771448f as measure
    from {{ ref('int_customer_onboarding__first_value_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'TIME_TO_FIRST_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
