-- generated from definitions/kpis/business_unit_penetration.yml; do not edit
-- Key Account Business-Unit Penetration: Σ business_units_penetrated ÷ Σ business_units_total over account-penetration rows by period_end_date (penetration measured on departments, one of the addressable-potential bases kpitree lists)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_business_units_penetrated__period_type_month as numerator
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_business_units_total__period_type_month as denominator
    from {{ ref('int_account_penetration__period_end_date__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

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
    'BUSINESS_UNIT_PENETRATION' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
