-- generated from definitions/kpis/executive_sponsor_coverage.yml; do not edit
-- Executive Sponsor Coverage: key accounts in force at period end (designated_at < period end, undesignated_at empty or ≥ period end) with executive_sponsor_rep_id set ÷ key accounts in force at period end (mean of the indicator)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_case_when_executive_sponsor_rep_id_is_not_null_3831320b as snapshot
    from {{ ref('int_key_account__designated_at__snapshots') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER', 'MARKET', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'EXECUTIVE_SPONSOR_COVERAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from snapshot
