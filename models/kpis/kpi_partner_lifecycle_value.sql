-- generated from definitions/kpis/partner_lifecycle_value.yml; do not edit
-- Partner Lifecycle Value: (CHANNEL_PARTNER_REVENUE ÷ NUMBER_OF_ACTIVE_CHANNEL_PARTNERS) ÷ PARTNER_CHURN_RATE: revenue per active partner in the period times the expected partnership length in periods (1 ÷ churn per period), as the simple CLV formula; null when no partner churned in the period, so best read at quarter or year grain

with revenue as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as revenue
    from {{ ref('kpi_channel_partner_revenue') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

),

partners as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as partners
    from {{ ref('kpi_number_of_active_channel_partners') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

),

churn as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as churn
    from {{ ref('kpi_partner_churn_rate') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from revenue

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from partners

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from churn

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(revenue.revenue, 0) as revenue,
        partners.partners,
        churn.churn
    from input_keys
    left join revenue using (grain, period_start, dimension, dimension_value)
    left join partners using (grain, period_start, dimension, dimension_value)
    left join churn using (grain, period_start, dimension, dimension_value)

)

select
    'PARTNER_LIFECYCLE_VALUE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(revenue as {{ type_double() }}) / nullif(partners, 0) / nullif(churn, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
