-- generated from definitions/kpis/registered_deal_win_rate.yml; do not edit
-- Registered Deal Win Rate: approved registrations with deal_outcome = won ÷ approved registrations with deal_outcome in (won, lost, no_decision), by close date (closed_at); no-decision counts as lost, open registrations excluded

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_deal_registration_submitt_7fa3c514 as numerator
    from {{ ref('int_partner_portal__closed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_deal_registration_submitt_d1b3d470 as denominator
    from {{ ref('int_partner_portal__closed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

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
    'REGISTERED_DEAL_WIN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
