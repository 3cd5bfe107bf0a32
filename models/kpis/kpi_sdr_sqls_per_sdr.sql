-- generated from definitions/kpis/sdr_sqls_per_sdr.yml; do not edit
-- SQLs per SDR: lead qualifications with result = sql (by qualified_at) ÷ active SDRs (distinct SDRs/BDRs with at least one logged sales activity in the period)

with sqls as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__result_sql as sqls
    from {{ ref('int_lead_qualification__qualified_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

sdrs as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_sales_rep_id__rep_role_in_sdr_bdr as sdrs
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from sqls

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
        coalesce(sqls.sqls, 0) as sqls,
        coalesce(sdrs.sdrs, 0) as sdrs
    from input_keys
    left join sqls using (grain, period_start, dimension, dimension_value)
    left join sdrs using (grain, period_start, dimension, dimension_value)

)

select
    'SDR_SQLS_PER_SDR' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(sqls as {{ type_double() }}) / nullif(sdrs, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
