-- generated from definitions/kpis/sdr_connect_rate.yml; do not edit
-- SDR Connect Rate (per dial): outbound SDR/BDR calls with is_prospect_reached = true ÷ outbound SDR/BDR calls (dials), by dialed_at; per dial, not per prospect (Gong × 30MPC: calls answered by a prospect / dials); gatekeeper answers and voicemails are not connects

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_is_prospect_reac_83e2fbea as numerator
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_rep_role_in_sdr_bdr as denominator
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
    'SDR_CONNECT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
