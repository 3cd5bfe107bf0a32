-- generated from definitions/kpis/travel_time_share.yml; do not edit
-- Travel Time Share: Σ travel_time_minutes of field visits that took place (status = completed, by visit_date) ÷ 60 ÷ (Σ weekly working hours of the field reps employed at period end × working days in period ÷ 5)

with travel_minutes as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_travel_time_minutes__status_completed as travel_minutes
    from {{ ref('int_field_visit__visit_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

weekly_hours as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as weekly_hours
    from {{ ref('kpi_field_sales_weekly_capacity_hours') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from travel_minutes

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from weekly_hours

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(travel_minutes.travel_minutes, 0) as travel_minutes,
        weekly_hours.weekly_hours,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join travel_minutes using (grain, period_start, dimension, dimension_value)
    left join weekly_hours using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'TRAVEL_TIME_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(travel_minutes as {{ type_double() }}) / nullif(60.0, 0) / nullif((cast(weekly_hours * working_days_in_period as {{ type_double() }}) / nullif(5.0, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
