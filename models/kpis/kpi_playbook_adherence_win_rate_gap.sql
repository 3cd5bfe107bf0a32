-- generated from definitions/kpis/playbook_adherence_win_rate_gap.yml; do not edit
-- Playbook Adherence Win Rate Gap: over the playbook applications (SALES_PLAYBOOK) whose opportunity closed in the period (by closed_at; outcome won, lost or no_decision): won ÷ closed among the adherent ones (followed_steps_pct ≥ 0.8) minus won ÷ closed among the others (followed_steps_pct < 0.8); no-decision outcomes count as lost

with adherent_won as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_won_and_followed_steps_pct_gte_0_8 as adherent_won
    from {{ ref('int_sales_playbook__closed_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

adherent_closed as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_in_won_lost_no_decision_and_fol_1b91232b as adherent_closed
    from {{ ref('int_sales_playbook__closed_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

other_won as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_won_and_followed_steps_pct_lt_0_8 as other_won
    from {{ ref('int_sales_playbook__closed_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

other_closed as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__outcome_in_won_lost_no_decision_and_fol_e8c7ecbd as other_closed
    from {{ ref('int_sales_playbook__closed_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from adherent_won

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from adherent_closed

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from other_won

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from other_closed

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(adherent_won.adherent_won, 0) as adherent_won,
        coalesce(adherent_closed.adherent_closed, 0) as adherent_closed,
        coalesce(other_won.other_won, 0) as other_won,
        coalesce(other_closed.other_closed, 0) as other_closed
    from input_keys
    left join adherent_won using (grain, period_start, dimension, dimension_value)
    left join adherent_closed using (grain, period_start, dimension, dimension_value)
    left join other_won using (grain, period_start, dimension, dimension_value)
    left join other_closed using (grain, period_start, dimension, dimension_value)

)

select
    'PLAYBOOK_ADHERENCE_WIN_RATE_GAP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(adherent_won as {{ type_double() }}) / nullif(adherent_closed, 0) - cast(other_won as {{ type_double() }}) / nullif(other_closed, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
