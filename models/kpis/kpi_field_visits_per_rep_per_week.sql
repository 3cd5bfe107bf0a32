-- generated from definitions/kpis/field_visits_per_rep_per_week.yml; do not edit
-- Field Visits per Rep per Week: completed field visits (status = completed, by visit_date) ÷ active field reps at period end (role = field_ae) ÷ (days in period ÷ 7)

with visits as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_completed as visits
    from {{ ref('int_field_visit__visit_date__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

reps as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as reps
    from {{ ref('kpi_active_field_sales_reps') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from visits

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from reps

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(visits.visits, 0) as visits,
        reps.reps,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join visits using (grain, period_start, dimension, dimension_value)
    left join reps using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'FIELD_VISITS_PER_REP_PER_WEEK' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(visits as {{ type_double() }}) / nullif(reps, 0) / nullif((cast(days_in_period as {{ type_double() }}) / nullif(7.0, 0)), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
