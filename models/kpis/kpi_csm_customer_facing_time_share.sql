-- generated from definitions/kpis/csm_customer_facing_time_share.yml; do not edit
-- CSM Customer-Facing Time Share: Σ duration_seconds ÷ 3600 of support interactions with handler_role = csm, by occurred_at ÷ (ACTIVE_CUSTOMER_SUCCESS_MANAGERS at period end × working_days_in_period × 8 hours); interactions without a recorded duration count zero

with seconds as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum_coalesce_duration_seconds_0__handler_role_csm as seconds
    from {{ ref('int_support_interaction__occurred_at__measures') }}
    where dimension in ('overall', 'CSM')

),

csms as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        value as csms
    from {{ ref('kpi_active_customer_success_managers') }}
    where dimension in ('overall', 'CSM')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from seconds

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from csms

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(seconds.seconds, 0) as seconds,
        csms.csms,
        periods.days_in_period,
        periods.working_days_in_period
    from input_keys
    left join seconds using (grain, period_start, dimension, dimension_value)
    left join csms using (grain, period_start, dimension, dimension_value)
    left join {{ ref('int_kpi_periods') }} as periods using (grain, period_start)

)

select
    'CSM_CUSTOMER_FACING_TIME_SHARE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(cast(seconds as {{ type_double() }}) / nullif(3600.0, 0) / nullif((csms * working_days_in_period * 8), 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
