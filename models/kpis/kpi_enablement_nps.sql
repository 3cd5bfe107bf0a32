-- generated from definitions/kpis/enablement_nps.yml; do not edit
-- Enablement Net Promoter Score: 100 × (responses with nps_score 9-10 − responses with nps_score 0-6) ÷ responses with an nps_score (passives 7-8 count in the denominator), enablement feedback by submitted_at; range −100 to +100

with promoters as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__nps_score_between_9_and_10 as promoters
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

passives as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__nps_score_between_7_and_8 as passives
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

detractors as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__nps_score_between_0_and_6 as detractors
    from {{ ref('int_enablement_feedback__submitted_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from promoters

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from passives

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from detractors

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(promoters.promoters, 0) as promoters,
        coalesce(passives.passives, 0) as passives,
        coalesce(detractors.detractors, 0) as detractors
    from input_keys
    left join promoters using (grain, period_start, dimension, dimension_value)
    left join passives using (grain, period_start, dimension, dimension_value)
    left join detractors using (grain, period_start, dimension, dimension_value)

)

select
    'ENABLEMENT_NPS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(100.0 * (promoters - detractors) as {{ type_double() }}) / nullif((promoters + passives + detractors), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
