-- generated from definitions/kpis/customer_qbr_completion_rate.yml; do not edit
-- Customer QBR Completion Rate: QBRs with status = held ÷ QBRs with status in (held, rescheduled, cancelled, no_show), both by scheduled_at (reviews still only scheduled are left out); house definition, no authoritative published formula

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held as numerator
    from {{ ref('int_qbr__scheduled_at__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_in_held_rescheduled_cancelled_no_show as denominator
    from {{ ref('int_qbr__scheduled_at__measures') }}
    where dimension in ('overall', 'CSM', 'KEY_ACCOUNT_MANAGER', 'SEGMENT')

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
    'CUSTOMER_QBR_COMPLETION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
