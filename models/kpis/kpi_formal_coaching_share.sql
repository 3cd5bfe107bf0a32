-- generated from definitions/kpis/formal_coaching_share.yml; do not edit
-- Formal Coaching Share: held sessions with coaching_model = formal ÷ held sessions with coaching_model formal or informal (manager-led), by held_at; peer learning sessions (coaching_model = peer) are not counted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_coaching_model_formal as numerator
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_coaching_model_in_forma_a835b286 as denominator
    from {{ ref('int_sales_coaching_session__held_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

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
    'FORMAL_COACHING_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
