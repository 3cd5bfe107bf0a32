-- generated from definitions/kpis/net_promoter_score.yml; do not edit
-- Net Promoter Score (NPS): NPS = 100 × (promoters − detractors) ÷ (promoters + passives + detractors), on the 0–10 likelihood-to-recommend scale: promoters 9–10, passives 7–8 (kept in the denominator), detractors 0–6; relationship NPS surveys answered in the period (by responded_at); result from −100 to +100 (Bain/Satmetrix definition)

with promoters as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__survey_type_nps_and_survey_context_rela_b8f3a3f1 as promoters
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

),

passives as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__survey_type_nps_and_survey_context_rela_a5b457dc as passives
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

),

detractors as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__survey_type_nps_and_survey_context_rela_83129345 as detractors
    from {{ ref('int_customer_feedback__responded_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PRODUCT', 'SEGMENT')

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
    'NET_PROMOTER_SCORE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(100.0 * (promoters - detractors) as {{ type_double() }}) / nullif((promoters + passives + detractors), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
