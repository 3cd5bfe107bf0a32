-- generated from definitions/kpis/customer_influence_effectiveness.yml; do not edit
-- Revenue per Advocate-Influenced Opportunity: Σ influenced_revenue ÷ distinct influenced_opportunity_id over completed advocacy activities with an influenced opportunity, by activity_at; the seed's "influenced leads" made precise as the opportunities the advocates supported (open ones count with no revenue yet)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_coalesce_influenced_revenue_0__status_completed_4d56704d as numerator
    from {{ ref('int_customer_advocacy_program__activity_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_influenced_opportunity_id__status_co_9b706b93 as denominator
    from {{ ref('int_customer_advocacy_program__activity_at__measures') }}
    where dimension in ('overall', 'CSM', 'PRODUCT')

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
    'CUSTOMER_INFLUENCE_EFFECTIVENESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
