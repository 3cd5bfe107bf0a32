-- generated from definitions/kpis/net_mrr_churn_rate.yml; do not edit
-- Net MRR Churn Rate: (churned + contraction MRR − expansion MRR of the period-start customers, including their reactivation) ÷ MRR at period start on the closed cohort = 1 − net revenue retention; reactivations of customers outside the start cohort are not credited (stricter than ChartMogul's net MRR churn)

with nrr as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as nrr
    from {{ ref('kpi_net_revenue_retention') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from nrr

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        nrr.nrr
    from input_keys
    left join nrr using (grain, period_start, dimension, dimension_value)

)

select
    'NET_MRR_CHURN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(1 - nrr as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
