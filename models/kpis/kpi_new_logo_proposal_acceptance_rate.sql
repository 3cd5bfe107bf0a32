-- generated from definitions/kpis/new_logo_proposal_acceptance_rate.yml; do not edit
-- New-Logo Proposal Acceptance Rate: latest-version proposals with is_new_logo = true and status = accepted ÷ latest-version new-logo proposals with status in (accepted, rejected, expired), by decision date (decided_at)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_new_logo_true_and_is_latest_version_3359196f as numerator
    from {{ ref('int_proposal__decided_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_new_logo_true_and_is_latest_version_4e6d9ccb as denominator
    from {{ ref('int_proposal__decided_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'NEW_LOGO_PROPOSAL_ACCEPTANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
