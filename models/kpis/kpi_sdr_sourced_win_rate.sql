-- generated from definitions/kpis/sdr_sourced_win_rate.yml; do not edit
-- SDR-Sourced Win Rate: new-business opportunities with source = sdr_sourced and stage = closed_won ÷ those with stage in (closed_won, closed_lost), by closed_at (won ÷ (won + lost), open ones excluded); same sourcing rule as SDR_SOURCED_PIPELINE

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__opportunity_type_new_business_and_sourc_385799ad as numerator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__opportunity_type_new_business_and_sourc_46cf3002 as denominator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'SDR_SOURCED_WIN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
