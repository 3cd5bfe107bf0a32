-- generated from definitions/kpis/active_sdrs.yml; do not edit
-- Active SDRs: count of sales representatives with role in (sdr, bdr) whose employment [hire_date, termination_date) covers the period end (snapshot; ramping reps included)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__role_in_sdr_bdr as snapshot
    from {{ ref('int_sales_representative__hire_date__snapshots') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'ACTIVE_SDRS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
