-- generated from definitions/kpis/inside_sales_velocity.yml; do not edit
-- Inside Sales Velocity: (opportunities created × average won deal size × win rate) ÷ average sales cycle in days, all over opportunities with owner_rep_role = inside_ae in the same period: created by created_at; deal size = Σ amount ÷ count of closed-won by closed_at; win rate = closed-won ÷ (closed-won + closed-lost) by closed_at; cycle = mean days from created_at to closed_at of closed-won by closed_at; result in currency per day

with opportunities as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__owner_rep_role_inside_ae as opportunities
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

won as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__owner_rep_role_inside_ae_and_stage_closed_won as won
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

won_amount as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_amount__owner_rep_role_inside_ae_and_stage_closed_won as won_amount
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

closed as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__owner_rep_role_inside_ae_and_stage_in_c_ef155de0 as closed
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

cycle_days as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_created_at_closed_at__owner_rep_ro_14767156 as cycle_days
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    from won

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from won_amount

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from closed

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
        coalesce(won.won, 0) as won,
        coalesce(won_amount.won_amount, 0) as won_amount,
        coalesce(closed.closed, 0) as closed,
        cycle_days.cycle_days
    from input_keys
    left join opportunities using (grain, period_start, dimension, dimension_value)
    left join won using (grain, period_start, dimension, dimension_value)
    left join won_amount using (grain, period_start, dimension, dimension_value)
    left join closed using (grain, period_start, dimension, dimension_value)
    left join cycle_days using (grain, period_start, dimension, dimension_value)

)

select
    'INSIDE_SALES_VELOCITY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(opportunities * (cast(won_amount as {{ type_double() }}) / nullif(won, 0)) * (cast(won as {{ type_double() }}) / nullif(closed, 0)) as {{ type_double() }}) / nullif(cycle_days, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
