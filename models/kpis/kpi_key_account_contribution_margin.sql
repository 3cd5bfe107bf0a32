-- generated from definitions/kpis/key_account_contribution_margin.yml; do not edit
-- Key Account Contribution Margin: Σ contribution_margin (revenue − cost of revenue − cost to serve) over customer-profitability rows with is_key_account = true, by period_end_date; the seed's "revenue − cost to serve" also deducts the direct cost of revenue, as a contribution margin does

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_contribution_margin__is_key_account_true as measure
    from {{ ref('int_customer_profitability_analysis__period_end_date__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

)

select
    'KEY_ACCOUNT_CONTRIBUTION_MARGIN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
