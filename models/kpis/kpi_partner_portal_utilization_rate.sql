-- generated from definitions/kpis/partner_portal_utilization_rate.yml; do not edit
-- Partner Portal Utilization Rate: distinct partner_user_id with at least one partner-portal activity by occurred_at in the period ÷ PARTNER_PORTAL_REGISTERED_USERS (Σ portal_user_count of the partners in the programme at period end)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_partner_user_id as numerator
    from {{ ref('int_partner_portal__occurred_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as denominator
    from {{ ref('kpi_partner_portal_registered_users') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'TERRITORY')

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
        denominator.denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_PORTAL_UTILIZATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
