-- generated from definitions/kpis/new_contact_rate.yml; do not edit
-- New Contact Rate: leads whose first live conversation (first_connected_at) falls in the period ÷ manual outbound calls and emails in the period (sales activities with activity_type in (call, email), direction = outbound, is_automated = false, by occurred_at); the seed's "new contacts ÷ total sales efforts" with efforts = manual outbound touches

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as numerator
    from {{ ref('int_lead__first_connected_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__activity_type_in_call_email_and_directi_d9b3a8cf as denominator
    from {{ ref('int_sales_activity__occurred_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

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
    'NEW_CONTACT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
