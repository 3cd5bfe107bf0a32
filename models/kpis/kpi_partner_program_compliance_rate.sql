-- generated from definitions/kpis/partner_program_compliance_rate.yml; do not edit
-- Partner Program Compliance Rate: channel-partner scorecards with is_program_compliant = true ÷ channel-partner scorecards with is_program_compliant set, by scored period start (quarterly) Quarterly partner scorecards only (period_type = 'quarter'): values at quarter and year grain.

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__subject_type_channel_partner_and_is_pro_ac57f76f as numerator
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__subject_type_channel_partner_and_is_pro_4ecbfbaa as denominator
    from {{ ref('int_performance_scorecard__period_start__measures') }}
    where dimension in ('overall', 'PARTNER', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'PARTNER_PROGRAM_COMPLIANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('quarter', 'year')
