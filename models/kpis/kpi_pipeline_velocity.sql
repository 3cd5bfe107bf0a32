-- generated from definitions/kpis/pipeline_velocity.yml; do not edit
-- Pipeline Velocity: (opportunities created × average deal size × win rate) ÷ sales cycle length in days, all types and the same period (AVERAGE_DEAL_SIZE, WIN_RATE, SALES_CYCLE_LENGTH); currency per day

with opportunities as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as opportunities
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

deal_size as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as deal_size
    from {{ ref('kpi_average_deal_size') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

win_rate as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as win_rate
    from {{ ref('kpi_win_rate') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

cycle_days as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as cycle_days
    from {{ ref('kpi_sales_cycle_length') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from opportunities

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from deal_size

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from win_rate

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from cycle_days

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(opportunities.opportunities, 0) as opportunities,
        deal_size.deal_size,
        win_rate.win_rate,
        cycle_days.cycle_days
    from input_keys
    left join opportunities using (grain, period_start, dimension, dimension_value)
    left join deal_size using (grain, period_start, dimension, dimension_value)
    left join win_rate using (grain, period_start, dimension, dimension_value)
    left join cycle_days using (grain, period_start, dimension, dimension_value)

)

select
    'PIPELINE_VELOCITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(opportunities * deal_size * win_rate as {{ type_double() }}) / nullif(cycle_days, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
