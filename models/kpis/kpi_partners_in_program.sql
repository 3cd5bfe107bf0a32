-- generated from definitions/kpis/partners_in_program.yml; do not edit
-- Partners in Program: count of channel partners with recruited_at < period end and (terminated_at empty or terminated_at ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as snapshot
    from {{ ref('int_channel_partner__recruited_at__snapshots') }}
    where dimension in ('overall', 'MARKET', 'PARTNER', 'SALES_REP', 'TERRITORY')

)

select
    'PARTNERS_IN_PROGRAM' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
