-- generated from definitions/kpis/customer_success_story_utilization_rate.yml; do not edit
-- Customer Success Story Utilization Rate: count of sales emails with sales_content_type = case_study ÷ count of sales emails, by sent_at; an email is one sales engagement and carries at most one asset (calls and meetings record no content, so emails are the engagements whose content use is known)

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__sales_content_type_case_study as numerator
    from {{ ref('int_sales_email__sent_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as denominator
    from {{ ref('int_sales_email__sent_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM')

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
    'CUSTOMER_SUCCESS_STORY_UTILIZATION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
