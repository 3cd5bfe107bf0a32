-- generated from definitions/kpis/segment_revenue_market_share.yml; do not edit
-- Served Segment Market Share (revenue): Σ our_revenue ÷ Σ tam of the market segments served in the year (is_served = true), by period_start_date; only the size-band segments (smb, mid_market, enterprise), which partition each geography, so the cross-size vertical segments are not counted twice; year grain (a market segment is sized per year)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_our_revenue__is_served_true_and_company_size_ba_70bfda4d as numerator
    from {{ ref('int_market_segment__period_start_date__measures') }}
    where dimension in ('overall', 'MARKET', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_tam__is_served_true_and_company_size_band_in_sm_259292f9 as denominator
    from {{ ref('int_market_segment__period_start_date__measures') }}
    where dimension in ('overall', 'MARKET', 'SEGMENT')

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
    'SEGMENT_REVENUE_MARKET_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('year')
