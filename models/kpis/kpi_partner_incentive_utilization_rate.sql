-- generated from definitions/kpis/partner_incentive_utilization_rate.yml; do not edit
-- Partner Incentive Utilization Rate: Σ earned_amount of incentive enrolments claimed by the partner (claimed_at set) ÷ Σ offered_amount (payout at full target attainment) of the enrolments whose period is settled (status not enrolled or cancelled), by incentive period end (period_end_date); over-attainment can take it above 100 %. A house definition

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_earned_amount__claimed_at_is_not_null as numerator
    from {{ ref('int_incentive_program__period_end_date__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_offered_amount__status_not_in_enrolled_cancelled as denominator
    from {{ ref('int_incentive_program__period_end_date__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

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
    'PARTNER_INCENTIVE_UTILIZATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
