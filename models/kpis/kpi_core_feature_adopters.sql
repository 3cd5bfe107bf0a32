-- generated from definitions/kpis/core_feature_adopters.yml; do not edit
-- Customers Having Adopted a Core Feature: count of distinct customer_id over product-adoption records of core features (is_core_feature = true) adopted before period end (adopted_at < period end) and not abandoned by then (abandoned_at empty or ≥ period end)

with snapshot as (

    select
        grain,
        period_start,
        dimension,
        dimension_value,
        count_distinct_customer_id__is_core_feature_true as snapshot
    from {{ ref('int_product_adoption__adopted_at__snapshots') }}
    where dimension in ('overall', 'CSM', 'PRODUCT', 'SEGMENT')

)

select
    'CORE_FEATURE_ADOPTERS' as kpi_code,
    grain,
    period_start,
    dimension,
    dimension_value,
    cast(coalesce(snapshot, 0) as {{ type_double() }}) as value,
    cast(null as {{ type_double() }}) as numerator,
    cast(null as {{ type_double() }}) as denominator
from snapshot
