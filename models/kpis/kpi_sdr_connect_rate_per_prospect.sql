-- generated from definitions/kpis/sdr_connect_rate_per_prospect.yml; do not edit
-- SDR Connect Rate (per prospect): distinct leads with at least one outbound SDR/BDR call with is_prospect_reached = true ÷ distinct leads dialled by SDRs/BDRs, by dialed_at (Belkins per-prospect connect rate); list dials to people not yet in the CRM as leads are not counted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_lead_id__direction_outbound_and_is_p_12c25380 as numerator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_lead_id__direction_outbound_and_lead_b1050532 as denominator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'SDR_CONNECT_RATE_PER_PROSPECT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
