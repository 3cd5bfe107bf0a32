-- generated from definitions/kpis/regretted_sales_rep_attrition_rate.yml; do not edit
-- Regretted Sales Rep Attrition Rate: sales representatives with termination_date in the period and is_regretted_attrition true ÷ average headcount, where average headcount = (headcount at period start + headcount at period end) ÷ 2 and headcount at period start = headcount at period end (Active Sales Reps) − hires in the period (hire_date) + departures of any kind in the period; not annualised (a monthly rate at month grain); can exceed 1 on a small slice

with leavers as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_regretted_attrition_true as leavers
    from {{ ref('int_sales_representative__termination_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

departures as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as departures
    from {{ ref('int_sales_representative__termination_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

hires as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as hires
    from {{ ref('int_sales_representative__hire_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

headcount as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as headcount
    from {{ ref('kpi_active_sales_reps') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from leavers

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from departures

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from hires

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from headcount

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(leavers.leavers, 0) as leavers,
        coalesce(departures.departures, 0) as departures,
        coalesce(hires.hires, 0) as hires,
        headcount.headcount
    from input_keys
    left join leavers using (grain, period_start, dimension, dimension_value)
    left join departures using (grain, period_start, dimension, dimension_value)
    left join hires using (grain, period_start, dimension, dimension_value)
    left join headcount using (grain, period_start, dimension, dimension_value)

)

select
    'REGRETTED_SALES_REP_ATTRITION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(leavers as {{ type_double() }}) / nullif((headcount - cast((hires - departures) as {{ type_double() }}) / nullif(2.0, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
