-- generated from definitions/kpis/leads_contacted_within_5_minutes_share.yml; do not edit
-- Inbound Leads Contacted within 5 Minutes: inbound leads (source in inbound, marketing_campaign; duplicates excluded) with minutes_between(created_at, first_contacted_at) ≤ 5 ÷ inbound leads created in the period, by created_at; leads never contacted count as not contacted in time

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__first_contacted_at_is_not_null_and_minu_fbbb5e8e as numerator
    from {{ ref('int_lead__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__source_in_inbound_marketing_campaign_an_d9bcf2a9 as denominator
    from {{ ref('int_lead__created_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'LEADS_CONTACTED_WITHIN_5_MINUTES_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
