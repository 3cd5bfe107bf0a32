-- generated from definitions/kpis/number_of_proposals_sent.yml; do not edit
-- Proposals Sent: count of proposal versions with sent_at in the period (by sent_at); drafts never sent excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__sent_at_is_not_null as measure
    from {{ ref('int_proposal__sent_at__measures') }}
    where dimension in ('overall', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'NUMBER_OF_PROPOSALS_SENT' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
