-- generated from definitions/kpis/sales_process_compliance_rate.yml; do not edit
-- Sales Process Compliance Rate: opportunities closed won in the period (by closed_at) with skipped_stage_count = 0 ÷ opportunities closed won in the period; skipped_stage_count counts the process stages the opportunity never entered (from its stage history); the seed's "sales following the process ÷ total sales" with sales = won opportunities

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__stage_closed_won_and_skipped_stage_count_0 as numerator
    from {{ ref('int_opportunity__closed_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__stage_closed_won_and_skipped_stage_coun_72cb7c0e as denominator
    from {{ ref('int_opportunity__closed_at__measures') }}
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
    'SALES_PROCESS_COMPLIANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
