-- generated from definitions/kpis/sales_methodology_adoption.yml; do not edit
-- Sales Methodology Adoption: distinct owner_rep_id of opportunities created in the period (created_at) with methodology_qualified = true ÷ distinct owner_rep_id of all opportunities created in the period; the seed's reps using the methodology ÷ sales reps, with reps counted where they sell: the owners of new opportunities

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_owner_rep_id__methodology_qualified_true as numerator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_owner_rep_id as denominator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'COMPETITOR', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'SALES_METHODOLOGY_ADOPTION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
