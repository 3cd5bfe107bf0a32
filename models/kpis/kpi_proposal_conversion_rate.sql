-- generated from definitions/kpis/proposal_conversion_rate.yml; do not edit
-- Proposal Conversion Rate: latest-version proposals with status = accepted ÷ latest-version proposals with status in (accepted, rejected, expired), by decision date (decided_at); the seed's sales ÷ proposals sent, counted on decided proposals so open ones do not dilute it

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_latest_version_true_and_status_accepted as numerator
    from {{ ref('int_proposal__decided_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_latest_version_true_and_status_in_ac_e0e23181 as denominator
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
    'PROPOSAL_CONVERSION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
