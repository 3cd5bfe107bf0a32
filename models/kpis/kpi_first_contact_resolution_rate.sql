-- generated from definitions/kpis/first_contact_resolution_rate.yml; do not edit
-- First Contact Resolution Rate (FCR): tickets resolved in the period with is_first_contact_resolution = true ÷ tickets resolved in the period, by resolved_at (SOMA: first-contact resolutions ÷ solved tickets; an internal measure, unlike SQM's survey-based FCR)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_first_contact_resolution_true as numerator
    from {{ ref('int_support_ticket__resolved_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_support_ticket__resolved_at__measures') }}
    where dimension in ('overall', 'CHANNEL', 'CSM', 'PARTNER', 'PRODUCT', 'SEGMENT')

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
    'FIRST_CONTACT_RESOLUTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
