-- generated from definitions/kpis/customer_data_completeness.yml; do not edit
-- Customer Data Completeness: Σ (required_fields_count − missing_fields_count) ÷ Σ required_fields_count over customer_data_quality checks, by checked_at (populated required fields ÷ required fields, promt-hub/cleanlist definition)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_required_fields_count_missing_fields_count as numerator
    from {{ ref('int_customer_data_quality__checked_at__measures') }}
    where dimension in ('overall', 'CSM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_required_fields_count as denominator
    from {{ ref('int_customer_data_quality__checked_at__measures') }}
    where dimension in ('overall', 'CSM')

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
    'CUSTOMER_DATA_COMPLETENESS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
