-- generated from definitions/kpis/sales_team_attrition_rate.yml; do not edit
-- Sales Team Attrition Rate: sales representatives with termination_date in the period ÷ average headcount, where average headcount = (headcount at period start + headcount at period end) ÷ 2 and headcount at period start = headcount at period end − hires in the period (hire_date) + departures in the period; not annualised (a monthly rate at month grain); can exceed 1 on a small slice (a team of one whose rep leaves: 1 ÷ 0.5 = 2)

with departures as (

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
        coalesce(departures.departures, 0) as departures,
        coalesce(hires.hires, 0) as hires,
        headcount.headcount
    from input_keys
    left join departures using (grain, period_start, dimension, dimension_value)
    left join hires using (grain, period_start, dimension, dimension_value)
    left join headcount using (grain, period_start, dimension, dimension_value)

)

select
    'SALES_TEAM_ATTRITION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(departures as {{ type_double() }}) / nullif((headcount - cast((hires - departures) as {{ type_double() }}) / nullif(2.0, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
