-- generated from definitions/kpis/sdr_leads_worked_per_sdr.yml; do not edit
-- Leads Worked per SDR: distinct (lead) leads with at least one SDR/BDR sales activity in the period ÷ active SDRs (distinct SDRs/BDRs with at least one logged sales activity), by occurred_at; at the SALES_REP slice, the leads that SDR worked

with leads as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_lead_id__lead_id_is_not_null_and_rep_64424785 as leads
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr as sdrs
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from leads

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
        coalesce(leads.leads, 0) as leads,
        coalesce(sdrs.sdrs, 0) as sdrs
    from input_keys
    left join leads using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)

)

select
    'SDR_LEADS_WORKED_PER_SDR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(leads as {{ type_double() }}) / nullif(sdrs, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
