-- generated from definitions/kpis/new_customer_cac_ratio.yml; do not edit
-- New Customer CAC Ratio: Σ acquisition_cost of customers acquired in the period (by customer_since_date) ÷ Σ arr_amount of new-logo deals (is_new_logo = true) booked in the period; Benchmarkit/KBCM orientation ($ S&M per $1 new ARR)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_acquisition_cost as numerator
    from {{ ref('int_customer__customer_since_date__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_arr_amount__is_new_logo_true as denominator
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'SALES_REP', 'SEGMENT', 'TERRITORY')

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
    'NEW_CUSTOMER_CAC_RATIO' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
