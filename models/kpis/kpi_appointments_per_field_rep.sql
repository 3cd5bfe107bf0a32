-- generated from definitions/kpis/appointments_per_field_rep.yml; do not edit
-- Appointments per Field Rep: sales appointments with status = held owned by a field rep (rep_role = field_ae), by held_at ÷ active field reps at period end (role = field_ae)

with appointments as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__status_held_and_rep_role_field_ae as appointments
    from {{ ref('int_sales_appointment__held_at__measures') }}
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
    from appointments

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
        coalesce(appointments.appointments, 0) as appointments,
        reps.reps
    from input_keys
    left join appointments using (grain, period_start, dimension, dimension_value)
    left join reps using (grain, period_start, dimension, dimension_value)

)

select
    'APPOINTMENTS_PER_FIELD_REP' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(appointments as {{ type_double() }}) / nullif(reps, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
