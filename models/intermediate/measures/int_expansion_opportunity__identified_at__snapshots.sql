-- generated from definitions/object_models/expansion_opportunity.yml; do not edit
-- state of EXPANSION_OPPORTUNITY at each period end, from its validity interval [identified_at, closed_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_expansion_opportunity') }}
    where identified_at is not null

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
        periods.grain,
        periods.period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.identified_at
        and (source_rows.closed_at is null or periods.period_end <= source_rows.closed_at)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as dim_key_account_manager,
        cast(source as {{ dbt.type_string() }}) as dim_lead_source,
        cast(product_id as {{ dbt.type_string() }}) as dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as dim_segment
    from active_at_period_end

),

aggregated as (

    select
        grain,
        period_start,
        dim_csm,
        dim_key_account_manager,
        dim_lead_source,
        dim_product,
        dim_sales_rep,
        dim_segment,
        grouping(dim_csm) as grouping_dim_csm,
        grouping(dim_key_account_manager) as grouping_dim_key_account_manager,
        grouping(dim_lead_source) as grouping_dim_lead_source,
        grouping(dim_product) as grouping_dim_product,
        grouping(dim_sales_rep) as grouping_dim_sales_rep,
        grouping(dim_segment) as grouping_dim_segment,
        cast(sum(expansion_arr) as {{ type_double() }}) as sum_expansion_arr
    from prepared
    group by grouping sets (
        (grain, period_start),
        (grain, period_start, dim_csm),
        (grain, period_start, dim_key_account_manager),
        (grain, period_start, dim_lead_source),
        (grain, period_start, dim_product),
        (grain, period_start, dim_sales_rep),
        (grain, period_start, dim_segment)
    )

),

shaped as (

    select
        grain,
        period_start,
        case
            when grouping_dim_csm = 0 then 'CSM'
            when grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when grouping_dim_product = 0 then 'PRODUCT'
            when grouping_dim_sales_rep = 0 then 'SALES_REP'
            when grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when grouping_dim_csm = 0 then coalesce(dim_csm, 'unknown')
            when grouping_dim_key_account_manager = 0 then coalesce(dim_key_account_manager, 'unknown')
            when grouping_dim_lead_source = 0 then coalesce(dim_lead_source, 'unknown')
            when grouping_dim_product = 0 then coalesce(dim_product, 'unknown')
            when grouping_dim_sales_rep = 0 then coalesce(dim_sales_rep, 'unknown')
            when grouping_dim_segment = 0 then coalesce(dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        sum_expansion_arr
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
