-- generated from definitions/kpis/competitor_churn_share.yml; do not edit
-- Churn to Competitor Share: full churn events with reason = competitor ÷ all full churn events (outcome = churned, churn_scope = full), by churned_at; events without a recorded reason stay in the denominator

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_churned_and_churn_scope_full_an_cfafeb98 as numerator
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_churned_and_churn_scope_full as denominator
    from {{ ref('int_churn_event__churned_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

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
    'COMPETITOR_CHURN_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
