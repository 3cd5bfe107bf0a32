-- generated from definitions/kpis/territory_coverage.yml; do not edit
-- Territory Coverage (target accounts visited): distinct target accounts (is_target_account = true) visited by their account owner (is_owner_visit = true, status = completed, by visit_date) ÷ target accounts at period end (accounts with is_target_account = true created before period end); slice by TERRITORY for one territory, by SALES_REP for a rep's assigned targets; SOMA's Prospect Coverage (assigned accounts receiving activity ÷ assigned accounts) with visits as the activity

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_account_id__status_completed_and_is_64148b64 as numerator
    from {{ ref('int_field_visit__visit_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_target_accounts') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'TERRITORY_COVERAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
