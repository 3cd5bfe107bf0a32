-- generated from definitions/kpis/partner_loyalty_index.yml; do not edit
-- Partner Loyalty Index (Partner NPS): 100 × (promoters − detractors) ÷ respondents over channel-partner scorecards with a partner_nps_response (promoters 9-10, detractors 0-6), by scored period start. The seed's composite of NPS, retention and advocacy is made precise as partner NPS; partner retention is PARTNER_RETENTION_RATE Quarterly partner scorecards only (period_type = 'quarter'): values at quarter and year grain.

with promoters as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__subject_type_channel_partner_and_partne_aeaf63b8 as promoters
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

passives as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__subject_type_channel_partner_and_partne_e3a684d4 as passives
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

detractors as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__subject_type_channel_partner_and_partne_58c76074 as detractors
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'PARTNER_LOYALTY_INDEX' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(100.0 * (promoters - detractors) as {{ type_double() }}) / nullif((promoters + passives + detractors), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('quarter', 'year')
