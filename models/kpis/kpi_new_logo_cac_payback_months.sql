-- generated from definitions/kpis/new_logo_cac_payback_months.yml; do not edit
-- New-Logo CAC Payback (months): Σ acquisition_cost of customers acquired in the period (by customer_since_date) ÷ Σ (arr_amount ÷ 12 × gross_margin_percent) of new-logo deals booked in the period; margin-adjusted SMSB variant (CAC ÷ monthly new ARR × GM %)

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
        sum_arr_amount_12_gross_margin_percent__is_new_logo_true as denominator
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
    'NEW_LOGO_CAC_PAYBACK_MONTHS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
