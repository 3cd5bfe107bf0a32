-- generated from definitions/kpis/channel_conflict_resolution_time.yml; do not edit
-- Channel Conflict Resolution Time: mean of days_to_resolve (raised_at → resolved_at) over channel conflicts resolved or dismissed in the period, by resolved_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_to_resolve__resolved_at_is_not_null as measure
    from {{ ref('int_channel_conflict__resolved_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'CHANNEL_CONFLICT_RESOLUTION_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
