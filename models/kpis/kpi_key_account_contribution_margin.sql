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

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from measure

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

with_zeros as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        measure
    from measure

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as measure
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain

),

filled as (

    -- a period without events counts 0
    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum(measure) as measure
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'KEY_ACCOUNT_CONTRIBUTION_MARGIN' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
