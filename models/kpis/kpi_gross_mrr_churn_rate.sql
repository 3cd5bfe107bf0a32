-- generated from definitions/kpis/gross_mrr_churn_rate.yml; do not edit
-- Gross MRR Churn Rate: (churned MRR + contraction MRR of the period-start customers) ÷ MRR at period start, computed per customer on the closed cohort = 1 − gross revenue retention (ChartMogul period-start basis)

with grr as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as grr
    from {{ ref('kpi_gross_revenue_retention') }}
    where dimension in ('overall', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from grr

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        grr.grr
    from input_keys
    left join grr using (grain, period_start, dimension, dimension_value)

)

select
    'GROSS_MRR_CHURN_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(1 - grr as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
