-- generated from definitions/kpis/live_sales_content_assets.yml; do not edit
-- Live Sales Content Assets: count of sales content assets with published_at before period end and no retired_at on or before it (snapshot of [published_at, retired_at) at period end), originals and localized versions; drafts and copies personalized for one deal (variant_type = personalized) never count

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_rows__coalesce_variant_type_original_ne_personalized as snapshot
    from {{ ref('int_sales_content__published_at__snapshots') }}
    where dimension in ('overall', 'PRODUCT')

),

slices as (

    -- the overall slice and every dimension value with data in the calendar
    select
        grain,
        dimension,
        dimension_value
    from snapshot

    union

    select
        grain,
        'overall' as dimension,
        'all' as dimension_value
    from {{ ref('int_kpi_periods') }}

),

with_zeros as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        snapshot
    from snapshot

    union all

    -- 0 for every period of the calendar and every slice
    select
        periods.grain,
        periods.period_start,
        slices.dimension,
        slices.dimension_value,
        0 as snapshot
    from {{ ref('int_kpi_periods') }} as periods
    inner join slices on periods.grain = slices.grain

),

filled as (

    -- a period without events counts 0
    select
        grain,
        period_start,
        dimension,
        dimension_value,
        sum(snapshot) as snapshot
    from with_zeros
    group by grain, period_start, dimension, dimension_value

)

select
    'LIVE_SALES_CONTENT_ASSETS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(snapshot as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator,
    {{ period_slice_key() }} as kpi_row_key
from filled
