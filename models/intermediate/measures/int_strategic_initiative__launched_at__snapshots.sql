-- generated from definitions/object_models/strategic_initiative.yml; do not edit
-- state of STRATEGIC_INITIATIVE at each period end, from its validity interval [launched_at, completed_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_strategic_initiative') }}
    where launched_at is not null

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
        on periods.period_end > source_rows.launched_at
        and (source_rows.completed_at is null or periods.period_end <= source_rows.completed_at)

),

prepared as (

    select
        *,
        cast(market_id as {{ dbt.type_string() }}) as _dim_market,
        cast(product_id as {{ dbt.type_string() }}) as _dim_product,
        cast(owner_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(segment_id as {{ dbt.type_string() }}) as _dim_segment
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_market,
        _dim_product,
        _dim_sales_rep,
        _dim_segment,
        grouping(_dim_market) as _grouping_dim_market,
        grouping(_dim_product) as _grouping_dim_product,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_segment) as _grouping_dim_segment,
        cast(count(case when status <> 'cancelled' then 1 end) as {{ type_double() }}) as count_rows__status_ne_cancelled,
        cast(avg(cast(case when status <> 'cancelled' and milestones_total > 0 then cast(milestones_completed * 1.0 as {{ type_double() }}) / nullif(milestones_total, 0) end as {{ type_double() }})) as {{ type_double() }}) as avg_milestones_completed_1_0_milestones_total__stat_68680052
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_market),
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
            when _grouping_dim_market = 0 then 'MARKET'
            when _grouping_dim_product = 0 then 'PRODUCT'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_segment = 0 then 'SEGMENT'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_market = 0 then coalesce(_dim_market, 'unknown')
            when _grouping_dim_product = 0 then coalesce(_dim_product, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_segment = 0 then coalesce(_dim_segment, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows__status_ne_cancelled,
        avg_milestones_completed_1_0_milestones_total__stat_68680052
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
