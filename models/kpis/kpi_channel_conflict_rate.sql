-- generated from definitions/kpis/channel_conflict_rate.yml; do not edit
-- Channel Conflict Rate: count of channel conflicts raised in the period (all types: registration overlap, pricing, territory, direct vs partner), by raised_at ÷ count of opportunities with partner_id set created in the period (the seed's conflicting deals ÷ total deals, with partner deals as the deals that can conflict); a rate per deal, it can exceed 1 for a partner with few deals

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows as numerator
    from {{ ref('int_channel_conflict__raised_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__partner_id_is_not_null as denominator
    from {{ ref('int_opportunity__created_at__measures') }}
    where dimension in ('overall', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'TERRITORY')

),

input_keys as (

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from numerator

    union

    select
        grain,
        period_start,
        dimension,
        dimension_value
    from denominator

),

joined as (

    select
        input_keys.grain,
        input_keys.period_start,
        input_keys.dimension,
        input_keys.dimension_value,
        coalesce(numerator.numerator, 0) as numerator,
        coalesce(denominator.denominator, 0) as denominator
    from input_keys
    left join numerator using (grain, period_start, dimension, dimension_value)
    left join denominator using (grain, period_start, dimension, dimension_value)

)

select
    'CHANNEL_CONFLICT_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
