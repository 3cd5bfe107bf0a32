-- generated from definitions/object_models/subscription.yml; do not edit
-- state of SUBSCRIPTION at each period end, from its validity interval [start_date, end_date): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_subscription') }}
    where start_date is not null

),

periods as (

    select
        grain,
        period_start,
        period_end
    from {{ ref('int_kpi_periods') }}

),

active_at_period_end as (

    select
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.start_date
        and (source_rows.end_date is null or periods.period_end <= source_rows.end_date)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(partner_id as {{ dbt.type_string() }}) as _dim_partner,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_csm,
        _dim_partner,
        _dim_product,
        _dim_segment,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_partner) as _grouping_dim_partner,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(count(distinct customer_id) as {{ type_double() }}) as count_distinct_customer_id,
        cast(sum(arr) as {{ type_double() }}) as sum_arr,
        cast(sum(mrr) as {{ type_double() }}) as sum_mrr,
        cast(count(distinct case when partner_id is not null then customer_id end) as {{ type_double() }}) as count_distinct_customer_id__partner_id_is_not_null,
        cast(sum(case when is_key_account = true then arr end) as {{ type_double() }}) as sum_arr__is_key_account_true
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_partner),
        (_grain, _period_start, _dim_product),
        (_grain, _period_start, _dim_segment)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_partner = 0 then 'PARTNER'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_partner = 0 then coalesce(_dim_partner, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_distinct_customer_id,
        sum_arr,
        sum_mrr,
        count_distinct_customer_id__partner_id_is_not_null,
        sum_arr__is_key_account_true
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
