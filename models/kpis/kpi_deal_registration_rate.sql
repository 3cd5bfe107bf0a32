-- generated from definitions/kpis/deal_registration_rate.yml; do not edit
-- Deal Registration Rate: opportunities with partner_id set and is_deal_registered = true ÷ opportunities with partner_id set, by creation date (created_at). Of the readings of this underspecified name (approval rate, coverage, registration-to-close) this is registration coverage of partner deals; the seed's denominator "all deals" is narrowed to partner deals, the ones a partner could register. Approval is DEAL_REGISTRATION_APPROVAL_RATE

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__partner_id_is_not_null_and_is_deal_regi_6d8e2b80 as numerator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__partner_id_is_not_null as denominator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'DEAL_REGISTRATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
