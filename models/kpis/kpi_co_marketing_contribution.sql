-- generated from definitions/kpis/co_marketing_contribution.yml; do not edit
-- Co-Marketing Contribution: Σ revenue_attributed ÷ Σ (mdf_spent + partner_contribution) of co-marketing campaigns, by end date (ended_at; completed campaigns); the investment is both our MDF and the partner's own funding

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_revenue_attributed as numerator
    from {{ ref('int_co_marketing_campaign__ended_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_coalesce_mdf_spent_0_coalesce_partner_contribution_0 as denominator
    from {{ ref('int_co_marketing_campaign__ended_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'TERRITORY')

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
    'CO_MARKETING_CONTRIBUTION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
