-- generated from definitions/kpis/content_influence_win_rate_gap.yml; do not edit
-- Content Influence Win Rate Gap: CONTENT_INFLUENCED_WIN_RATE − CONTENT_UNINFLUENCED_WIN_RATE: won ÷ closed (won + lost) opportunities with enablement_content_used = true minus the same with enablement_content_used = false, by close date (closed_at)

with with_content as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as with_content
    from {{ ref('kpi_content_influenced_win_rate') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

without_content as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as without_content
    from {{ ref('kpi_content_uninfluenced_win_rate') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from with_content

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from without_content

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        with_content.with_content,
        without_content.without_content
    from input_keys
    left join with_content using (grain, period_start, dimension, dimension_value)
    left join without_content using (grain, period_start, dimension, dimension_value)

)

select
    'CONTENT_INFLUENCE_WIN_RATE_GAP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(with_content - without_content as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
