-- generated from definitions/kpis/rep_content_contribution_rate.yml; do not edit
-- Sales Rep Content Contribution Rate: count of sales content assets created in the period (by created_at) with a contributor_rep_id ÷ ACTIVE_SALES_REPS at period end

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__contributor_rep_id_is_not_null as numerator
    from {{ ref('int_sales_content__created_at__measures') }}
    where dimension in ('overall')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_active_sales_reps') }}
    where dimension in ('overall')

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
    'REP_CONTENT_CONTRIBUTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
