-- generated from definitions/kpis/sdr_quality_conversations.yml; do not edit
-- SDR Quality Conversations: count of SDR/BDR calls with is_quality_conversation = true (SOMA: a live conversation that learned at least one qualifying or disqualifying fact), by dialed_at

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__is_quality_conversation_true_and_rep_ro_d0b20998 as measure
    from {{ ref('int_sales_call__dialed_at__measures') }}
    where dimension in ('overall', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

)

select
    'SDR_QUALITY_CONVERSATIONS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(measure, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from measure
