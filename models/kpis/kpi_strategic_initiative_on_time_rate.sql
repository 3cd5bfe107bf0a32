-- generated from definitions/kpis/strategic_initiative_on_time_rate.yml; do not edit
-- Strategic Initiative On-Time Completion Rate: initiatives with status = completed whose completed_at (as a date) is on or before target_date ÷ initiatives with status = completed, by completed_at; cancelled initiatives are not completions and are not counted

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_completed_and_cast_completed_at_865c89a1 as numerator
    from {{ ref('int_strategic_initiative__completed_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PRODUCT', 'SALES_REP', 'SEGMENT')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_completed as denominator
    from {{ ref('int_strategic_initiative__completed_at__measures') }}
    where dimension in ('overall', 'MARKET', 'PRODUCT', 'SALES_REP', 'SEGMENT')

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
    'STRATEGIC_INITIATIVE_ON_TIME_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
