-- generated from definitions/kpis/sdr_connects_per_sdr_per_day.yml; do not edit
-- SDR Connects per SDR per Day: outbound SDR/BDR calls with is_prospect_reached = true (the intended prospect, not a gatekeeper, answered live; by dialed_at) ÷ (active SDRs × working days in the period); active SDRs = distinct SDRs/BDRs with at least one logged sales activity in the period

with connects as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_is_prospect_reac_83e2fbea as connects
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr as sdrs
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from connects

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from sdrs

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(connects.connects, 0) as connects,
        coalesce(sdrs.sdrs, 0) as sdrs,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join connects using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'SDR_CONNECTS_PER_SDR_PER_DAY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(connects as {{ type_double() }}) / nullif((sdrs * working_days_in_period), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
