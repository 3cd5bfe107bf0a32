-- generated from definitions/kpis/sdr_dials_per_sdr_per_day.yml; do not edit
-- SDR Dials per SDR per Day: outbound calls placed by SDRs/BDRs (sales_call.rep_role in sdr, bdr; by dialed_at) ÷ (active SDRs × working days in the period); active SDRs = distinct SDRs/BDRs with at least one logged sales activity in the period (SOMA SDR Calls / Active SDRs); list dials to prospects not yet in the CRM count, as do power-dialer calls

with dials as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__direction_outbound_and_rep_role_in_sdr_bdr as dials
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
    from dials

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
        coalesce(dials.dials, 0) as dials,
        coalesce(sdrs.sdrs, 0) as sdrs,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join dials using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'SDR_DIALS_PER_SDR_PER_DAY' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(dials as {{ type_double() }}) / nullif((sdrs * working_days_in_period), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
