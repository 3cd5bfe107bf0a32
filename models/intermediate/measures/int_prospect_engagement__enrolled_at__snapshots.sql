-- generated from definitions/object_models/prospect_engagement.yml; do not edit
-- state of PROSPECT_ENGAGEMENT at each period end, from its validity interval [enrolled_at, exited_at): one pass, every grain and dimension

with source_rows as (

    select * from {{ ref('stg_prospect_engagement') }}
    where enrolled_at is not null

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
        on periods.period_end > source_rows.enrolled_at
        and (source_rows.exited_at is null or periods.period_end <= source_rows.exited_at)

),

prepared as (

    select
        *,
        cast(source as {{ dbt.type_string() }}) as _dim_lead_source,
        cast(sales_rep_id as {{ dbt.type_string() }}) as _dim_sales_rep,
        cast(team_id as {{ dbt.type_string() }}) as _dim_sales_team
    from active_at_period_end

),

aggregated as (

    select
        _grain,
        _period_start,
        _dim_lead_source,
        _dim_sales_rep,
        _dim_sales_team,
        grouping(_dim_lead_source) as _grouping_dim_lead_source,
        grouping(_dim_sales_rep) as _grouping_dim_sales_rep,
        grouping(_dim_sales_team) as _grouping_dim_sales_team,
        cast(count(*) as {{ type_double() }}) as count_rows
    from prepared
    group by grouping sets (
        (_grain, _period_start),
        (_grain, _period_start, _dim_lead_source),
        (_grain, _period_start, _dim_sales_rep),
        (_grain, _period_start, _dim_sales_team)
    )

),

shaped as (

    select
        _grain as grain,
        _period_start as period_start,
        case
            when _grouping_dim_lead_source = 0 then 'LEAD_SOURCE'
            when _grouping_dim_sales_rep = 0 then 'SALES_REP'
            when _grouping_dim_sales_team = 0 then 'SALES_TEAM'
            else 'overall'
        end as dimension,
        case
            when _grouping_dim_lead_source = 0 then coalesce(_dim_lead_source, 'unknown')
            when _grouping_dim_sales_rep = 0 then coalesce(_dim_sales_rep, 'unknown')
            when _grouping_dim_sales_team = 0 then coalesce(_dim_sales_team, 'unknown')
            else 'all'
        end as dimension_value,
        count_rows
    from aggregated

)

select
    *,
    {{ period_slice_key() }} as measure_row_key
from shaped
