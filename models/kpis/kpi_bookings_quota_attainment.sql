-- generated from definitions/kpis/bookings_quota_attainment.yml; do not edit
-- Bookings Quota Attainment: Σ booked deal amount (TCV, all deal types) by booking date ÷ Σ quota_amount of active or closed rep-level monthly bookings quotas (period_type = month) whose period starts in the period: a quarter's or year's quota is the sum of its monthly quotas, and the quarterly quota rows (the same amount again) are never added to them. Bookings-quota variant (TCV credited against a TCV bookings quota). Month, quarter and year only: no quota is set for a week.

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount as numerator
    from {{ ref('int_deal__booked_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quota_amount__quota_type_bookings_and_assignee_237ee447 as denominator
    from {{ ref('int_sales_quota__period_start__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'BOOKINGS_QUOTA_ATTAINMENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month', 'quarter', 'year')
