-- generated from definitions/kpis/win_loss_analysis_completion_rate.yml; do not edit
-- Win-Loss Analysis Completion Rate: count of competitive (win-loss) analyses of opportunities closed in the period (by the analysis' closed_at) ÷ count of opportunities closed won or closed lost in the period (by closed_at)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as numerator
    from {{ ref('int_competitive_analysis__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'MARKET', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__stage_in_closed_won_closed_lost as denominator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'MARKET', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'WIN_LOSS_ANALYSIS_COMPLETION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
