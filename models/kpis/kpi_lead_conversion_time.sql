-- generated from definitions/kpis/lead_conversion_time.yml; do not edit
-- Lead Conversion Time: Σ days from created_at to converted_at ÷ leads converted in the period, by conversion date (converted_at); unconverted leads are excluded

with measure as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        avg_days_between_created_at_converted_at as measure
    from {{ ref('int_lead__converted_at__measures') }}
    where dimension in ('overall', 'LEAD_SOURCE', 'MARKET', 'PARTNER', 'PRODUCT', 'SALES_REP', 'SALES_TEAM', 'SEGMENT', 'TERRITORY')

)

select
    'LEAD_CONVERSION_TIME' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(measure as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from measure
