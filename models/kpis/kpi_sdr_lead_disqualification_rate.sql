-- generated from definitions/kpis/sdr_lead_disqualification_rate.yml; do not edit
-- SDR Lead Disqualification Rate: lead qualifications with result = disqualified ÷ all lead qualifications (sql, mql, nurture, disqualified), by qualified_at

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__result_disqualified as numerator
    from {{ ref('int_lead_qualification__qualified_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_lead_qualification__qualified_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'SALES_REP', 'SALES_TEAM')

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
    'SDR_LEAD_DISQUALIFICATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
