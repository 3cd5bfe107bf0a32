-- generated from definitions/kpis/deal_registration_conflict_rate.yml; do not edit
-- Deal Registration Conflict Rate: registrations with is_conflict_flagged = true ÷ registrations submitted, by submitted_at (beefed.ai)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_deal_registration_submitt_e2e583b4 as numerator
    from {{ ref('int_partner_portal__submitted_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_deal_registration_submitted as denominator
    from {{ ref('int_partner_portal__submitted_at__measures') }}
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
    'DEAL_REGISTRATION_CONFLICT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
