-- generated from definitions/kpis/account_risk_resolution_rate.yml; do not edit
-- Key Account Risk Mitigation Rate: key-account risks (key_account_id set) with status = resolved ÷ key-account risks with status in (resolved, materialised), both by resolved_at; accepted risks are left out

with numerator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__key_account_id_is_not_null_and_status_resolved as numerator
    from {{ ref('int_account_risk__resolved_at__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

),

denominator as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__key_account_id_is_not_null_and_status_i_dce00379 as denominator
    from {{ ref('int_account_risk__resolved_at__measures') }}
    where dimension in ('overall', 'KEY_ACCOUNT_MANAGER')

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
    'ACCOUNT_RISK_RESOLUTION_RATE' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(numerator / nullif(denominator, 0) as {{ type_double() }}) as value,
    cast(numerator as {{ type_double() }}) as numerator,
    cast(denominator as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from joined
