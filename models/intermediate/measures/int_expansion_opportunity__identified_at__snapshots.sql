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
        periods.grain as _grain,
        periods.period_start as _period_start,
        source_rows.*
    from periods
    inner join source_rows
        on periods.period_end > source_rows.identified_at
        and (source_rows.closed_at is null or periods.period_end <= source_rows.closed_at)

),

prepared as (

    select
        *,
        cast(customer_success_manager_id as {{ dbt.type_string() }}) as _dim_csm,
        cast(key_account_manager_id as {{ dbt.type_string() }}) as _dim_key_account_manager,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_csm,
        _dim_key_account_manager,
        _dim_lead_source,
        _dim_product,
        _dim_sales_rep,
        _dim_segment,
        grouping(_dim_csm) as _grouping_dim_csm,
        grouping(_dim_key_account_manager) as _grouping_dim_key_account_manager,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(sum(expansion_arr) as {{ type_double() }}) as sum_expansion_arr
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_csm),
        (_grain, _period_start, _dim_key_account_manager),
        (_grain, _period_start, _dim_lead_source),
        (_grain, _period_start, _dim_product),
        (_grain, _period_start, _dim_sales_rep),
        (_grain, _period_start, _dim_segment)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_csm = 0 then 'CSM'
            when _grouping_dim_key_account_manager = 0 then 'KEY_ACCOUNT_MANAGER'
            when _grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_csm = 0 then coalesce(_dim_csm, 'unknown')
            when _grouping_dim_key_account_manager = 0 then coalesce(_dim_key_account_manager, 'unknown')
            when _grouping_dim_lead_source = 0 then coalesce(_dim_lead_source, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        sum_expansion_arr
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
