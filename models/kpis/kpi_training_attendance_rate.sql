-- generated from definitions/kpis/training_attendance_rate.yml; do not edit
-- Training Attendance Rate: rep enrolments in instructor-led programs (participant_type = rep, delivery_method in (virtual_live, classroom, blended), status <> exempt) with started_at set ÷ those enrolments, by enrolment date (enrolled_at); attendees ÷ trainees expected

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__participant_type_rep_and_delivery_metho_190c4e3c as numerator
    from {{ ref('int_sales_training_program__enrolled_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__participant_type_rep_and_delivery_metho_62df72eb as denominator
    from {{ ref('int_sales_training_program__enrolled_at__measures') }}
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
    'TRAINING_ATTENDANCE_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
