-- generated from definitions/kpis/sales_certification_rate.yml; do not edit
-- Sales Certification Rate: rep enrolments in certification programs (participant_type = rep, program_type = certification, status <> exempt) with certified = true ÷ those enrolments, by due date (due_date); certified ÷ enrolled (required to certify); certification at any time up to the data end counts; partner learners excluded (Partner Certification Rate)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__participant_type_rep_and_program_type_c_43c15441 as numerator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__participant_type_rep_and_program_type_c_a9a59db1 as denominator
    from {{ ref('int_sales_training_program__due_date__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

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
    'SALES_CERTIFICATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
