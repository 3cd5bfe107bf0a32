-- generated from definitions/kpis/pipeline_coverage.yml; do not edit
-- Pipeline Coverage: Σ open_pipeline_amount ÷ Σ quota_amount of the first (week-1) rep-level bookings forecast submissions of each monthly forecast period (commit row, one per submission), by forecast period start; coarser grains add the months up; no week value (a forecast period is a month). Denominator = full quota (not remaining quota); all open stages counted.

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_open_pipeline_amount__is_first_of_period_true_a_f862f850 as numerator
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_quota_amount__is_first_of_period_true_and_forec_83af01b1 as denominator
    from {{ ref('int_sales_forecast__period_start__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

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
    'PIPELINE_COVERAGE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
where grain in ('month', 'quarter', 'year')
