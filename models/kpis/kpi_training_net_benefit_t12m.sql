-- generated from definitions/kpis/training_net_benefit_t12m.yml; do not edit
-- Training Net Benefit, Trailing 12 Months: running Σ (attributed_benefit − cost) over rep training enrolments completed (status = completed, by completed_at) with both recorded (cost > 0), over the trailing 12 months, this month included

with input as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_attributed_benefit_cost__participant_type_rep_a_3b638b0f as input
    from {{ ref('int_sales_training_program__completed_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from input

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

spine as (

    -- every period of the calendar for every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain
    where periods.grain in ('month')

),

accumulated as (

    -- trailing 12 periods
    select
        spine.grain,
        spine.period_start,
        spine.dimension,
        spine.dimension_value,
        coalesce(sum(input.input), 0) as accumulated_value
    from spine
    left join input
        on spine.grain = input.grain
        and spine.dimension = input.dimension
        and spine.dimension_value = input.dimension_value
        and spine.period_start >= input.period_start
        and {{ shift_period('spine.period_start', 'spine.grain', -12) }} < input.period_start
    group by spine.grain, spine.period_start, spine.dimension, spine.dimension_value

)

select
    'TRAINING_NET_BENEFIT_T12M' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(accumulated_value as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from accumulated
